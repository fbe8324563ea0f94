export const id = 583;
export const ids = [583];
export const modules = {

/***/ 4389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
;// CONCATENATED MODULE: ./shared/plan/assign-agents.ts
/**
 * Agents for the tasks of each wave, given the waves. Pinned tasks go to
 * their agent; the others, largest estimate first, each to the free agent
 * with the least load so far (ties: the task's earlier owner, then agent
 * order). With equal estimates and no pins this keeps every agent within one
 * task of every other: each wave gives its tasks to the least loaded agents.
 */
function assignAgents(model, tasks, agents, wave) {
    const agentOf = new Array(model.n).fill(-1);
    const load = new Array(model.m).fill(0);
    const count = new Array(model.m).fill(0);
    const byWave = [];
    wave.forEach((w, i) => (byWave[w] ??= []).push(i));
    const ownerIndex = tasks.map((t) => (t.owner ? agents.indexOf(t.owner) : -1));
    for (let w = 0; w < byWave.length; w++) {
        const members = byWave[w] ?? [];
        const busy = new Set();
        for (const i of members) {
            if (model.pin[i] < 0)
                continue;
            agentOf[i] = model.pin[i];
            busy.add(model.pin[i]);
        }
        const free = members.filter((i) => model.pin[i] < 0).sort((a, b) => tasks[b].estimate - tasks[a].estimate || a - b);
        for (const i of free) {
            let best = -1;
            for (let a = 0; a < model.m; a++) {
                if (busy.has(a))
                    continue;
                if (best < 0) {
                    best = a;
                    continue;
                }
                const better = load[a] < load[best] ||
                    (load[a] === load[best] && count[a] < count[best]) ||
                    (load[a] === load[best] && count[a] === count[best] && a === ownerIndex[i] && best !== ownerIndex[i]);
                if (better)
                    best = a;
            }
            agentOf[i] = best;
            busy.add(best);
        }
        for (const i of members) {
            load[agentOf[i]] += tasks[i].estimate;
            count[agentOf[i]]++;
        }
    }
    return agentOf;
}

;// CONCATENATED MODULE: ./shared/plan/path-overlap.ts
/**
 * When two task paths touch the same files: the same path, or one is a
 * folder that holds the other (`src/models/` and `src/models/user.py`). A
 * glob (`tests/**`, `src/*.py`) stands for the folder before its first
 * wildcard, which is cautious: it may report an overlap that is not there,
 * never miss one.
 */
function normalizePath(path) {
    let p = path.trim().replace(/\\/g, '/').replace(/^\.\//, '');
    const wildcard = p.search(/[*?[]/);
    if (wildcard >= 0)
        p = p.slice(0, p.lastIndexOf('/', wildcard) + 1);
    // `src/models/` and `src/models` are the same folder.
    return p.replace(/\/+/g, '/').replace(/\/$/, '');
}
function pathsOverlap(a, b) {
    const x = normalizePath(a);
    const y = normalizePath(b);
    // A glob at the root (`**`) covers everything.
    if (x === '' || y === '')
        return true;
    if (x === y)
        return true;
    return x.startsWith(`${y}/`) || y.startsWith(`${x}/`);
}
/** The pairs of paths of `a` and `b` that overlap, as `x ↔ y` (or just `x` when equal), sorted. */
function sharedPaths(a, b) {
    const out = new Set();
    for (const x of a)
        for (const y of b)
            if (pathsOverlap(x, y))
                out.add(normalizePath(x) === normalizePath(y) ? x : `${x} ↔ ${y}`);
    return [...out].sort();
}

;// CONCATENATED MODULE: ./shared/plan/min-heap.ts
/** A binary heap of numbers (task indices, ranks), smallest first. */
class MinHeap {
    items = [];
    get size() {
        return this.items.length;
    }
    push(x) {
        const a = this.items;
        a.push(x);
        for (let k = a.length - 1; k > 0;) {
            const up = (k - 1) >> 1;
            if (a[up] <= a[k])
                break;
            [a[up], a[k]] = [a[k], a[up]];
            k = up;
        }
    }
    peek() {
        return this.items[0];
    }
    pop() {
        const a = this.items;
        const top = a[0];
        const last = a.pop();
        if (a.length) {
            a[0] = last;
            for (let k = 0;;) {
                const l = 2 * k + 1;
                const r = l + 1;
                let min = k;
                if (l < a.length && a[l] < a[min])
                    min = l;
                if (r < a.length && a[r] < a[min])
                    min = r;
                if (min === k)
                    break;
                [a[min], a[k]] = [a[k], a[min]];
                k = min;
            }
        }
        return top;
    }
}

;// CONCATENATED MODULE: ./shared/plan/path-index.ts

/**
 * Deeper paths stand for their folder at this depth: cautious, like a glob (an
 * overlap may be reported that is not there, never one missed), and it bounds
 * the work per path whatever a task line says.
 */
const MAX_PATH_DEPTH = 64;
function buildPathIndex(paths) {
    const children = [new Map()];
    const chain = [[0]];
    const tasksAt = [[]];
    const nodeOf = (path) => {
        const p = normalizePath(path);
        let node = 0;
        if (p === '')
            return node;
        for (const part of p.split('/').slice(0, MAX_PATH_DEPTH)) {
            let next = children[node].get(part);
            if (next === undefined) {
                next = children.length;
                children[node].set(part, next);
                children.push(new Map());
                chain.push([...chain[node], next]);
                tasksAt.push([]);
            }
            node = next;
        }
        return node;
    };
    const nodesOf = paths.map((list, task) => {
        const nodes = [...new Set(list.map(nodeOf))];
        for (const node of nodes)
            tasksAt[node].push(task);
        return nodes;
    });
    const preorder = [];
    const enter = new Array(children.length).fill(0);
    const leave = new Array(children.length).fill(0);
    // Iterative depth-first walk: a deep folder tree must not exhaust the stack.
    const stack = [[0, children[0].values()]];
    enter[0] = preorder.push(0) - 1;
    while (stack.length) {
        const [node, rest] = stack[stack.length - 1];
        const next = rest.next();
        if (next.done) {
            leave[node] = preorder.length;
            stack.pop();
            continue;
        }
        enter[next.value] = preorder.push(next.value) - 1;
        stack.push([next.value, children[next.value].values()]);
    }
    return { nodesOf, chain, tasksAt, checks: 0, preorder, enter, leave };
}
/** True when node a is b or a folder above it. */
function holds(index, a, b) {
    const c = index.chain[b];
    const depth = index.chain[a].length - 1;
    return depth < c.length && c[depth] === a;
}
/** True when some path of task i overlaps some path of task j. */
function tasksOverlap(index, i, j) {
    index.checks += index.nodesOf[i].length * index.nodesOf[j].length;
    for (const a of index.nodesOf[i])
        for (const b of index.nodesOf[j])
            if (holds(index, a, b) || holds(index, b, a))
                return true;
    return false;
}
/**
 * Paths taken within one wave: `mark` a task's paths, then `blocks` tells
 * whether another task's paths overlap any marked one. `clear` starts the
 * next wave in constant time (marks are stamped with the wave).
 */
class PathMarks {
    index;
    stamp = 1;
    exact;
    below;
    constructor(index) {
        this.index = index;
        this.exact = new Int32Array(index.chain.length);
        this.below = new Int32Array(index.chain.length);
    }
    clear() {
        this.stamp++;
    }
    mark(task) {
        for (const node of this.index.nodesOf[task]) {
            this.exact[node] = this.stamp;
            for (const up of this.index.chain[node])
                this.below[up] = this.stamp;
        }
    }
    blocks(task) {
        this.index.checks += this.index.nodesOf[task].length;
        for (const node of this.index.nodesOf[task]) {
            // A marked path at or under this one, or a marked folder above it.
            if (this.below[node] === this.stamp)
                return true;
            const c = this.index.chain[node];
            for (let k = 0; k < c.length - 1; k++)
                if (this.exact[c[k]] === this.stamp)
                    return true;
        }
        return false;
    }
}

;// CONCATENATED MODULE: ./shared/plan/wave-model.ts



/** Work (task visits) spent counting clashes exactly; past it, degrees are estimated (they only break ties). */
const DEGREE_BUDGET = 20_000_000;
/** Path comparisons spent on the greedy clique of the lower bound; past it, the largest group of tasks on one path is used. */
const CLIQUE_BUDGET = 2_000_000;
function buildModel(tasks, agents) {
    const n = tasks.length;
    const m = agents.length;
    const index = new Map(tasks.map((t, i) => [t.id, i]));
    const agentIndex = new Map(agents.map((a, i) => [a, i]));
    const pin = tasks.map((t) => (t.pinned ? (agentIndex.get(t.pinned.agent) ?? -1) : -1));
    const fixedFirst = tasks.map(() => false);
    const firstOf = new Set();
    tasks.forEach((t, i) => {
        if (t.started && pin[i] >= 0 && !firstOf.has(pin[i])) {
            firstOf.add(pin[i]);
            fixedFirst[i] = true;
        }
    });
    for (const t of tasks)
        if (t.dependsOn.some((d) => d.id === t.id))
            throw new errors/* InputError */.dz(`tasks.md: ${t.id} depends on itself; expected "depends on" to name other tasks`);
    // A task already started no longer waits: its agent began it anyway.
    const deps = tasks.map((t, i) => fixedFirst[i] ? [] : [...new Set(t.dependsOn.map((d) => index.get(d.id)).filter((j) => j !== undefined))]);
    const dependants = tasks.map(() => []);
    deps.forEach((list, i) => list.forEach((j) => dependants[j].push(i)));
    const topo = topologicalOrder(n, deps, dependants, tasks);
    const head = new Array(n).fill(0);
    for (const i of topo)
        for (const j of deps[i])
            head[i] = Math.max(head[i], head[j] + 1);
    const tail = new Array(n).fill(0);
    for (let k = topo.length - 1; k >= 0; k--) {
        const i = topo[k];
        for (const j of dependants[i])
            tail[i] = Math.max(tail[i], tail[j] + 1);
    }
    const paths = buildPathIndex(tasks.map((t) => t.paths));
    return { n, m, deps, dependants, paths, degree: clashDegrees(paths, n), pin, fixedFirst, tail, head, topo };
}
/** True when some path of task i overlaps some path of task j. */
function clashes(model, i, j) {
    return i !== j && tasksOverlap(model.paths, i, j);
}
/**
 * Tasks that name one path or a folder holding it all overlap one another, as
 * do the tasks pinned to one agent: each such set needs as many waves as it
 * has members. (Tasks two agents already started are left out: they may share.)
 * Built on demand: only the exact search, on small inputs, needs the sets.
 */
function separationGroups(model) {
    const { paths, pin, fixedFirst } = model;
    const seen = new Set();
    const groups = [];
    const add = (g) => {
        const key = g.join(',');
        if (g.length > 1 && !seen.has(key)) {
            seen.add(key);
            groups.push(g);
        }
    };
    const nodes = [...new Set(paths.nodesOf.flat())];
    for (const p of nodes) {
        const members = new Set();
        for (const up of paths.chain[p])
            for (const i of paths.tasksAt[up])
                if (!fixedFirst[i])
                    members.add(i);
        add([...members].sort((a, b) => a - b));
    }
    const byAgent = new Map();
    pin.forEach((a, i) => a >= 0 && byAgent.set(a, [...(byAgent.get(a) ?? []), i]));
    for (const g of byAgent.values())
        add(g);
    return groups;
}
/** The size of the largest set of tasks on one path and the folders above it (a clique of clashes), in linear time. */
function largestPathGroup(model) {
    const { paths, fixedFirst } = model;
    const count = new Array(paths.chain.length).fill(0);
    let best = 0;
    for (const p of paths.preorder) {
        const c = paths.chain[p];
        let here = c.length > 1 ? count[c[c.length - 2]] : 0;
        // A task with a folder above this path already counts once on the chain.
        for (const i of paths.tasksAt[p])
            if (!fixedFirst[i] && !paths.nodesOf[i].some((q) => q !== p && holds(paths, q, p)))
                here++;
        count[p] = here;
        best = Math.max(best, here);
    }
    return best;
}
/**
 * Clash counts per task: the tasks on a path, under it or on a folder above
 * it, counted once each. Tasks with the same paths share the count. The work
 * is bounded; past DEGREE_BUDGET a count is summed without removing tasks
 * seen twice (an estimate, used only to order ties in the heuristic).
 */
function clashDegrees(paths, n) {
    const prefix = [0];
    for (const p of paths.preorder)
        prefix.push(prefix[prefix.length - 1] + paths.tasksAt[p].length);
    const stamp = new Int32Array(n);
    const known = new Map();
    let work = 0;
    let round = 0;
    return paths.nodesOf.map((nodes) => {
        if (!nodes.length)
            return 0;
        const key = nodes.join(',');
        const cached = known.get(key);
        if (cached !== undefined)
            return cached;
        let size = 0;
        for (const a of nodes) {
            size += prefix[paths.leave[a]] - prefix[paths.enter[a]];
            for (const up of paths.chain[a].slice(0, -1))
                size += paths.tasksAt[up].length;
        }
        let degree = size - 1;
        if (work + size <= DEGREE_BUDGET) {
            work += size;
            round++;
            let distinct = 0;
            const visit = (i) => {
                if (stamp[i] !== round) {
                    stamp[i] = round;
                    distinct++;
                }
            };
            for (const a of nodes) {
                for (let k = paths.enter[a]; k < paths.leave[a]; k++)
                    for (const i of paths.tasksAt[paths.preorder[k]])
                        visit(i);
                for (const up of paths.chain[a].slice(0, -1))
                    for (const i of paths.tasksAt[up])
                        visit(i);
            }
            degree = distinct - 1;
        }
        known.set(key, degree);
        return degree;
    });
}
/** Kahn's algorithm, smallest file position first; a cycle is the user's mistake in tasks.md. */
function topologicalOrder(n, deps, dependants, tasks) {
    const waiting = deps.map((d) => d.length);
    const ready = new MinHeap();
    waiting.forEach((w, i) => w === 0 && ready.push(i));
    const order = [];
    while (ready.size) {
        const i = ready.pop();
        order.push(i);
        for (const j of dependants[i])
            if (--waiting[j] === 0)
                ready.push(j);
    }
    if (order.length < n) {
        const cycle = findCycle(deps, waiting).map((i) => tasks[i].id);
        throw new errors/* InputError */.dz(`tasks.md: the dependencies ${cycle.join(' → ')} form a cycle; ` +
            'expected every "depends on" to name a task that does not wait for it in turn');
    }
    return order;
}
/** A cycle among the tasks Kahn's algorithm could not order: each of them waits for another of them. */
function findCycle(deps, waiting) {
    const stuck = (i) => waiting[i] > 0;
    const at = new Map();
    const path = [];
    let i = waiting.findIndex((w) => w > 0);
    while (!at.has(i)) {
        at.set(i, path.length);
        path.push(i);
        i = deps[i].find(stuck);
    }
    return [...path.slice(at.get(i)), i];
}
/** True when tasks i and j may not share a wave. */
function mustSeparate(model, i, j) {
    if (model.pin[i] >= 0 && model.pin[i] === model.pin[j])
        return true;
    return clashes(model, i, j) && !(model.fixedFirst[i] && model.fixedFirst[j]);
}
/** No plan has fewer waves: enough rounds for every task, the longest chain, one agent's pinned tasks, and tasks that all clash. */
function lowerBound(model) {
    if (model.n === 0)
        return 0;
    let bound = Math.ceil(model.n / Math.max(1, model.m));
    for (let i = 0; i < model.n; i++)
        bound = Math.max(bound, model.head[i] + model.tail[i] + 1);
    const pinned = new Map();
    for (const p of model.pin)
        if (p >= 0)
            pinned.set(p, (pinned.get(p) ?? 0) + 1);
    for (const count of pinned.values())
        bound = Math.max(bound, count);
    return Math.max(bound, greedyClique(model));
}
/**
 * The largest set of pairwise-separated tasks found greedily from each task
 * (any such set needs that many waves). The pair comparisons are bounded by
 * CLIQUE_BUDGET; when they run out, the largest group of tasks on one path
 * (also such a set, found in linear time) is the bound.
 */
function greedyClique(model) {
    let best = 0;
    const limit = model.paths.checks + CLIQUE_BUDGET;
    for (let start = 0; start < model.n; start++) {
        const clique = [start];
        for (let j = 0; j < model.n; j++) {
            if (j === start)
                continue;
            if (model.paths.checks > limit)
                return Math.max(best, clique.length, largestPathGroup(model));
            if (clique.every((k) => mustSeparate(model, j, k)))
                clique.push(j);
        }
        best = Math.max(best, clique.length);
    }
    return best;
}

;// CONCATENATED MODULE: ./shared/plan/wave-search.ts



/**
 * The heuristic: fill one wave after another with ready tasks, longest
 * remaining chain first (then the most clashes, then file order), skipping a
 * task that would clash with the wave or find its agent busy. It never puts
 * clashing tasks together, so it shares no path that could be avoided; it may
 * use more waves than needed (compare with `lowerBound`).
 *
 * Each wave looks only at tasks whose dependencies are placed, and a clash is
 * a lookup in the wave's marked paths, so the work is the ready tasks scanned
 * per wave (not every pair of tasks).
 */
function listSchedule(model) {
    const { n, m, fixedFirst, pin } = model;
    const wave = new Array(n).fill(-1);
    const order = priorityOrder(model);
    const rank = new Array(n);
    order.forEach((i, k) => (rank[i] = k));
    // Tasks alike in what decides whether they fit (paths, pin, started) form a class: when one is
    // kept out of a wave, the rest of its class is too, so a wave skips the class at once.
    const classKey = new Map();
    const classOf = model.paths.nodesOf.map((nodes, i) => {
        const key = `${Number(fixedFirst[i])}|${pin[i]}|${nodes.join(',')}`;
        let c = classKey.get(key);
        if (c === undefined)
            classKey.set(key, (c = classKey.size));
        return c;
    });
    const queued = Array.from({ length: classKey.size }, () => new MinHeap());
    // Heads of the classes by rank; an entry whose task is no longer its class's head is stale.
    const heads = new MinHeap();
    const inHeads = new Uint8Array(n);
    const offer = (c) => {
        const r = queued[c].peek();
        if (r !== undefined && !inHeads[r]) {
            inHeads[r] = 1;
            heads.push(r);
        }
    };
    const makeReady = (i) => {
        queued[classOf[i]].push(rank[i]);
        offer(classOf[i]);
    };
    const waiting = model.deps.map((d) => d.length);
    for (const i of order)
        if (waiting[i] === 0)
            makeReady(i);
    const marks = new PathMarks(model.paths);
    const agentBusy = new Int32Array(m).fill(-1);
    let placed = 0;
    for (let w = 0; placed < n; w++) {
        marks.clear();
        const members = [];
        const aside = [];
        const next = [];
        while (members.length < m && heads.size) {
            const r = heads.pop();
            inHeads[r] = 0;
            const i = order[r];
            const c = classOf[i];
            if (queued[c].peek() !== r)
                continue;
            const fits = !(fixedFirst[i] && w > 0) &&
                !(pin[i] >= 0 && agentBusy[pin[i]] === w) &&
                // Tasks two agents already started (both fixed first) may share a path; fixed tasks come first in the order.
                (fixedFirst[i] || !marks.blocks(i));
            if (!fits) {
                aside.push(c);
                continue;
            }
            queued[c].pop();
            wave[i] = w;
            members.push(i);
            marks.mark(i);
            if (pin[i] >= 0)
                agentBusy[pin[i]] = w;
            for (const j of model.dependants[i])
                if (--waiting[j] === 0)
                    next.push(j);
            offer(c);
        }
        if (!members.length)
            throw new Error(`plan: no task could be placed in wave ${w + 1}`);
        placed += members.length;
        for (const c of aside)
            offer(c);
        for (const j of next)
            makeReady(j);
    }
    return wave;
}
/** Started tasks, then the longest chain still to come, then the most clashes, then file order. */
function priorityOrder(model) {
    const { degree } = model;
    return [...Array(model.n).keys()].sort((a, b) => Number(model.fixedFirst[b]) - Number(model.fixedFirst[a]) || model.tail[b] - model.tail[a] || degree[b] - degree[a] || a - b);
}
/**
 * Is there a plan with at most `waves` waves? Builds the plan one wave at a
 * time. Only maximal waves are tried (a ready task that fits is always
 * taken: moving it earlier never hurts, since its dependants come later
 * anyway), and a set of finished tasks that failed once with r waves left is
 * never explored again with r or fewer. Each state is also cut by a bound on
 * the waves still needed (room, the longest chain left, the largest group of
 * tasks that must all be apart).
 */
function searchWaves(model, waves, budget) {
    const { n, m } = model;
    const order = priorityOrder(model);
    const wave = new Array(n).fill(-1);
    const failed = new Map();
    const bit = order.map(() => 0n);
    for (let i = 0; i < n; i++)
        bit[i] = 1n << BigInt(i);
    let steps = 0;
    let done = 0n;
    const groups = separationGroups(model);
    const needed = () => {
        let left = 0;
        let chain = 0;
        for (let i = 0; i < n; i++) {
            if (wave[i] >= 0)
                continue;
            left++;
            chain = Math.max(chain, model.tail[i] + 1);
        }
        let bound = Math.max(Math.ceil(left / m), chain);
        for (const g of groups) {
            let c = 0;
            for (const i of g)
                if (wave[i] < 0)
                    c++;
            bound = Math.max(bound, c);
        }
        return bound;
    };
    const solve = (w, placed) => {
        if (placed === n)
            return true;
        if (++steps > budget)
            return false;
        const left = waves - w;
        if (needed() > left)
            return false;
        const seen = failed.get(done);
        if (seen !== undefined && seen >= left)
            return false;
        const ready = order.filter((i) => wave[i] < 0 && (w === 0 || !model.fixedFirst[i]) && model.deps[i].every((d) => wave[d] >= 0 && wave[d] < w));
        const forced = w === 0 ? ready.filter((i) => model.fixedFirst[i]) : [];
        const chosen = [...forced];
        const tryWave = () => {
            for (const i of chosen) {
                wave[i] = w;
                done |= bit[i];
            }
            const ok = solve(w + 1, placed + chosen.length);
            if (!ok)
                for (const i of chosen) {
                    wave[i] = -1;
                    done &= ~bit[i];
                }
            return ok;
        };
        const fits = (i) => chosen.length < m && chosen.every((j) => !mustSeparate(model, i, j));
        const optional = ready.filter((i) => !forced.includes(i));
        // Include/exclude over the ready tasks; a wave is tried only when no excluded task would still fit.
        const pick = (k, skipped) => {
            // Every choice counts against the budget, so a wide ready set cannot run unbounded.
            if (++steps > budget)
                return false;
            if (k === optional.length) {
                if (chosen.length === 0 || skipped.some(fits))
                    return false;
                return tryWave();
            }
            const i = optional[k];
            if (fits(i)) {
                chosen.push(i);
                const ok = pick(k + 1, skipped);
                chosen.pop();
                if (ok)
                    return true;
            }
            return pick(k + 1, [...skipped, i]);
        };
        const ok = pick(0, []);
        if (!ok && steps <= budget)
            failed.set(done, Math.max(left, failed.get(done) ?? 0));
        return ok;
    };
    const found = solve(0, 0);
    return { wave: found ? wave : null, steps: Math.min(steps, budget), complete: found || steps <= budget };
}

;// CONCATENATED MODULE: ./shared/plan/make-plan.ts





/** Up to this many open tasks the number of waves is proven minimal by search. */
const EXACT_LIMIT = 30;
/** Search steps before the exact search gives up and keeps the heuristic's plan (reported as not proven). */
const SEARCH_BUDGET = 2_000_000;
/**
 * Assigns open tasks to agents in waves. Priorities, in order: dependencies
 * first (hard); no path shared by two agents within a wave (only tasks two
 * agents have both already started can share one); fewest waves; balanced
 * load. Deterministic: the same input gives the same plan.
 */
function makePlan(input) {
    const { tasks, agents } = input;
    if (agents.length === 0)
        throw new errors/* InputError */.dz('the feature has no implementor to plan for; run init-feature first');
    const model = buildModel(tasks, agents);
    const bound = lowerBound(model);
    let wave = listSchedule(model);
    let waves = countWaves(wave);
    let method = 'heuristic';
    let optimal = waves <= bound;
    let steps = 0;
    if (tasks.length <= (input.exactLimit ?? EXACT_LIMIT)) {
        method = 'exact';
        let budget = input.searchBudget ?? SEARCH_BUDGET;
        optimal = waves <= bound;
        // Try every count below the heuristic's from the bound up; the first that works is the minimum.
        for (let w = bound; w < waves && budget > 0; w++) {
            const r = searchWaves(model, w, budget);
            steps += r.steps;
            budget -= r.steps;
            if (r.wave) {
                wave = r.wave;
                waves = w;
                optimal = true;
                break;
            }
            if (!r.complete)
                break;
            if (w === waves - 1)
                optimal = true;
        }
    }
    const agentOf = assignAgents(model, tasks, agents, wave);
    return describe(model, tasks, agents, wave, agentOf, { method, optimal, lowerBound: bound, steps }, input.branchPaths ?? {});
}
function countWaves(wave) {
    let top = -1;
    for (const w of wave)
        top = Math.max(top, w);
    return top + 1;
}
function describe(model, tasks, agents, wave, agentOf, meta, branchPaths) {
    const members = membersByWave(wave);
    const assignments = tasks.map((t, i) => ({
        id: t.id,
        agent: agents[agentOf[i]],
        wave: wave[i] + 1,
        why: whyOf(tasks, i, model, wave, agentOf, members),
    }));
    const waves = Array.from({ length: countWaves(wave) }, () => []);
    for (const a of assignments)
        waves[a.wave - 1].push(a);
    for (const list of waves)
        list.sort((a, b) => agents.indexOf(a.agent) - agents.indexOf(b.agent));
    const collisions = [];
    // Only tasks of one wave can collide: pairs within each wave, in the order of the first task, then the second.
    const pairs = members.flatMap((list) => list.flatMap((i, k) => list.slice(k + 1).map((j) => [i, j])));
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [i, j] of pairs) {
        if (!clashes(model, i, j) || agentOf[i] === agentOf[j])
            continue;
        collisions.push({
            wave: wave[i] + 1,
            tasks: [tasks[i].id, tasks[j].id],
            agents: [agents[agentOf[i]], agents[agentOf[j]]],
            paths: sharedPaths(tasks[i].paths, tasks[j].paths),
            why: `both already in progress (${tasks[i].id} on ${agents[agentOf[i]]}, ${tasks[j].id} on ${agents[agentOf[j]]})`,
        });
    }
    const branchCollisions = [];
    tasks.forEach((t, i) => {
        const agent = agents[agentOf[i]];
        const others = Object.keys(branchPaths)
            .filter((a) => a !== agent)
            .sort();
        const hits = others.map((a) => ({ a, paths: sharedPaths(t.paths, branchPaths[a]) })).filter((h) => h.paths.length);
        if (hits.length)
            branchCollisions.push({
                task: t.id,
                agent,
                others: hits.map((h) => h.a),
                paths: [...new Set(hits.flatMap((h) => h.paths))].sort(),
            });
    });
    const load = agents.map((agent, a) => ({
        agent,
        tasks: agentOf.filter((x) => x === a).length,
        estimate: tasks.reduce((sum, t, i) => sum + (agentOf[i] === a ? t.estimate : 0), 0),
    }));
    return { ...meta, waves, assignments, collisions, branchCollisions, load };
}
/** The tasks of each wave, in task order. */
function membersByWave(wave) {
    const byWave = Array.from({ length: countWaves(wave) }, () => []);
    wave.forEach((w, i) => byWave[w].push(i));
    return byWave;
}
/**
 * Why a task sits in its wave: its pin, the dependencies that finish last
 * before it, and, when it could have started earlier, what kept it out of the
 * first wave its dependencies allowed (a shared path, a busy agent, a full wave).
 */
function whyOf(tasks, i, model, wave, agentOf, byWave) {
    const task = tasks[i];
    if (task.pinned?.reason === 'in-progress')
        return 'already in progress on this agent';
    const parts = [];
    if (task.pinned?.reason === 'branch-changes')
        parts.push(`its branch already changed ${task.pinned.detail ?? 'these files'}`);
    let last = -1;
    for (const j of model.deps[i])
        last = Math.max(last, wave[j]);
    const binding = model.deps[i].filter((j) => wave[j] === last).map((j) => tasks[j].id);
    if (binding.length)
        parts.push(`after ${binding.slice(0, 3).join(', ')}${binding.length > 3 ? ` and ${binding.length - 3} more` : ''}`);
    if (wave[i] > last + 1) {
        const w = last + 1;
        const members = byWave[w];
        const apart = members.find((j) => clashes(model, i, j));
        if (apart !== undefined)
            parts.push(`kept apart from ${tasks[apart].id} (shared path)`);
        else if (model.pin[i] >= 0 && members.some((j) => agentOf[j] === model.pin[i]))
            parts.push('its agent is busy earlier');
        else
            parts.push(`wave ${w + 1} is full`);
    }
    if (!parts.length)
        parts.push(task.parallel ? 'parallel [P], free to start' : 'free to start');
    return parts.join('; ');
}

// EXTERNAL MODULE: ./shared/text/markdown.ts
var markdown = __webpack_require__(8053);
;// CONCATENATED MODULE: ./shared/plan/render-plan.ts

/** One line per fact: how good the plan is and why. */
function planHeadline(v) {
    const p = v.plan;
    const waves = p.waves.length;
    const quality = p.method === 'exact'
        ? p.optimal
            ? 'fewest waves possible (exact search)'
            : `not proven minimal: the search stopped; at least ${p.lowerBound} wave(s) are needed`
        : p.optimal
            ? 'fewest waves possible (heuristic plan meets the lower bound)'
            : `heuristic plan for ${v.tasks.length} open tasks; at least ${p.lowerBound} wave(s) are needed`;
    return `${v.tasks.length} open task(s) in ${waves} wave(s) for ${p.load.length} implementor(s); ${quality}; ${p.collisions.length} shared path(s) within waves`;
}
function renderPlanText(v) {
    const lines = [`Plan for ${v.spec}: ${planHeadline(v)}`];
    if (v.done.length)
        lines.push(`Done already: ${v.done.length} task(s)`);
    const byId = new Map(v.tasks.map((t) => [t.id, t]));
    for (const [w, list] of v.plan.waves.entries()) {
        lines.push(`Wave ${w + 1}:`);
        for (const a of list) {
            const t = byId.get(a.id);
            lines.push(`  ${a.agent.padEnd(8)} ${a.id}  ${clip(t.description, 70)}  (${a.why})`);
        }
    }
    lines.push(`Load: ${v.plan.load.map((l) => `${l.agent} ${l.tasks} task(s)${l.estimate !== l.tasks ? `, estimate ${l.estimate}` : ''}`).join('; ')}`);
    for (const c of v.plan.collisions)
        lines.push(`COLLISION wave ${c.wave}: ${c.tasks.join(' and ')} share ${c.paths.join(', ')}: ${c.why}`);
    for (const b of v.plan.branchCollisions)
        lines.push(`COLLISION ${b.task} (${b.agent}) touches ${b.paths.join(', ')}, already changed on the branch of ${b.others.join(', ')}`);
    for (const n of v.notes)
        lines.push(`Note: ${n}`);
    if (v.ownerChanges.length)
        lines.push(`${v.applied ? 'Owners recorded' : 'Owners to record with --apply'}: ${v.ownerChanges.map((c) => `${c.id}→${c.to}`).join(', ')}`);
    return lines.join('\n');
}
/** Job summary: headline, a table per wave, a Gantt chart, collisions and notes. */
function renderPlanSummary(v) {
    const byId = new Map(v.tasks.map((t) => [t.id, t]));
    const lines = [`## Plan for ${(0,markdown.md)(v.spec)}`, '', planHeadline(v), ''];
    const rows = v.plan.assignments
        .slice()
        .sort((a, b) => a.wave - b.wave || v.plan.load.findIndex((l) => l.agent === a.agent) - v.plan.load.findIndex((l) => l.agent === b.agent))
        .map((a) => {
        const t = byId.get(a.id);
        return [String(a.wave), (0,markdown.md)(a.agent), (0,markdown.md)(a.id), (0,markdown.md)(t.description, 100), (0,markdown.md)(t.paths.join(', '), 120), (0,markdown.md)(a.why, 120)];
    });
    lines.push(...(0,markdown/* table */.tp)(['Wave', 'Agent', 'Task', 'Description', 'Paths', 'Why here'], rows), '');
    if (v.plan.waves.length)
        lines.push(...ganttChart(v), '');
    lines.push(...(0,markdown/* table */.tp)(['Agent', 'Tasks', 'Estimate'], v.plan.load.map((l) => [(0,markdown.md)(l.agent), String(l.tasks), String(l.estimate)])), '');
    if (v.plan.collisions.length || v.plan.branchCollisions.length) {
        lines.push('### Unavoidable overlaps', '');
        for (const c of v.plan.collisions)
            lines.push(`- Wave ${c.wave}: ${(0,markdown.md)(c.tasks.join(' and '))} both touch ${(0,markdown.md)(c.paths.join(', '))}: ${(0,markdown.md)(c.why)}`);
        for (const b of v.plan.branchCollisions)
            lines.push(`- ${(0,markdown.md)(b.task)} (${(0,markdown.md)(b.agent)}) touches ${(0,markdown.md)(b.paths.join(', '))}, already changed on the branch of ${(0,markdown.md)(b.others.join(', '))}`);
        lines.push('');
    }
    if (v.notes.length)
        lines.push('### Notes', '', ...v.notes.map((n) => `- ${(0,markdown.md)(n, 300)}`), '');
    if (v.ownerChanges.length)
        lines.push(`${v.applied ? 'Owners recorded' : 'Owners that `--apply` would record'}: ${(0,markdown.md)(v.ownerChanges.map((c) => `${c.id} → ${c.to}`).join(', '), 2000)}`, '');
    return lines.join('\n');
}
/**
 * A mermaid Gantt chart with one section per agent and one bar per task,
 * wave w spanning [w-1, w). Task text is reduced to characters the Gantt
 * syntax cannot misread (`:`, `#` and `;` end or split a bar).
 */
function ganttChart(v) {
    const byId = new Map(v.tasks.map((t) => [t.id, t]));
    const lines = ['```mermaid', 'gantt', `  title ${safe(v.spec)} in waves`, '  dateFormat X', '  axisFormat %s'];
    for (const l of v.plan.load) {
        const mine = v.plan.assignments.filter((a) => a.agent === l.agent).sort((a, b) => a.wave - b.wave);
        if (!mine.length)
            continue;
        lines.push(`  section ${safe(l.agent)}`);
        for (const a of mine)
            lines.push(`  ${a.id} ${safe(clip(byId.get(a.id).description, 40))} :${a.id.toLowerCase()}, ${a.wave - 1}, ${a.wave}`);
    }
    lines.push('```');
    return lines;
}
function safe(text) {
    return text
        .replace(/[^\p{L}\p{N} ._/()-]/gu, ' ')
        .replace(/ {2,}/g, ' ')
        .trim();
}
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(919);
// EXTERNAL MODULE: ./shared/state/events/events.ts
var events_events = __webpack_require__(6153);
// EXTERNAL MODULE: ./shared/sync-status/tasks-source.ts
var tasks_source = __webpack_require__(9423);
// EXTERNAL MODULE: ./shared/sync-status/render-tasks.ts + 1 modules
var render_tasks = __webpack_require__(2902);
// EXTERNAL MODULE: ./shared/sync-status/sync-status.ts + 6 modules
var sync_status = __webpack_require__(4160);
// EXTERNAL MODULE: ./shared/sync-status/commit-file.ts
var commit_file = __webpack_require__(3145);
// EXTERNAL MODULE: ./shared/agent-branches.ts
var agent_branches = __webpack_require__(3330);
// EXTERNAL MODULE: ./shared/git/diff.ts
var diff = __webpack_require__(6140);
// EXTERNAL MODULE: ./shared/git/remote.ts
var git_remote = __webpack_require__(501);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(6422);
;// CONCATENATED MODULE: ./shared/plan/feature-branches.ts




/**
 * The feature's overseer and implementor branches: those on the remote (fetched
 * into private refs) and those registered in the state, by index.
 */
async function featureBranches(git, remote, naming, spec, feature) {
    const listed = (await (0,agent_branches/* listAgentBranches */.Sp)(git, remote, naming)).filter((b) => b.spec === spec);
    const overseer = (0,branch_pattern/* formatBranch */.gK)(naming, spec, 'overseer');
    const byIndex = new Map();
    for (const a of Object.values(feature?.agents ?? {}))
        if (a.role === 'implementor' && a.index)
            byIndex.set(a.index, a.branch);
    for (const b of listed)
        if (b.role === 'implementor' && b.index)
            byIndex.set(b.index, b.name);
    const names = [overseer, ...byIndex.values()].filter((b) => listed.some((l) => l.name === b));
    const heads = await (0,git_remote/* fetchBranches */.r4)(git, remote, names);
    return {
        overseer: { branch: overseer, sha: heads.get(overseer) ?? null },
        implementors: [...byIndex.entries()]
            .sort((a, b) => a[0] - b[0])
            .map(([index, branch]) => ({ name: `impl-${index}`, index, branch, sha: heads.get(branch) ?? null })),
    };
}
/** Paths a branch changed since it left `base` (both sides of a rename), sorted. */
async function changedSince(git, base, head) {
    if (!head)
        return [];
    const from = base ? await git.mergeBase(base, head) : null;
    if (!from || from === head)
        return [];
    return (await (0,diff/* changedNames */.tS)(git, from, head)).sort();
}

// EXTERNAL MODULE: ./shared/tasks/owner-comment.ts
var owner_comment = __webpack_require__(1490);
;// CONCATENATED MODULE: ./shared/plan/plan-tasks.ts



// Phases every later phase waits for, and phases that wait for every earlier one (spec-kit's template names).
const BLOCKING_PHASE = /\b(setup|foundational|foundation|blocking|prerequisites?)\b/i;
const FINAL_PHASE = /\b(polish|cross-cutting|final)\b/i;
/**
 * The open tasks of a tasks.md with their dependencies, from three sources:
 * `depends on T012` in prose; spec-kit's rule that a task without `[P]` may
 * build on the task before it in its phase (so it waits for it); and the
 * template's phases (Setup and Foundational block everything after them;
 * Polish waits for everything before it). Finished tasks are left out, and
 * so are waits on them. An implicit wait that would close a cycle with an
 * explicit one is dropped: the prose wins.
 */
function planTasks(doc, state) {
    const notes = [];
    const isDone = (t) => t.done || state.progress[t.id]?.state === 'done';
    const done = doc.tasks.filter(isDone).map((t) => t.id);
    const open = doc.tasks.filter((t) => !isDone(t));
    const known = new Set(doc.tasks.map((t) => t.id));
    const openIds = new Set(open.map((t) => t.id));
    const line = new Map(doc.tasks.map((t) => [t.id, t.line]));
    const edges = new Map(open.map((t) => [t.id, []]));
    const edgeKeys = new Set();
    const add = (from, on, reason) => {
        if (!openIds.has(on) || from === on)
            return;
        const key = `${from}\n${on}`;
        if (edgeKeys.has(key))
            return;
        edgeKeys.add(key);
        edges.get(from).push({ id: on, reason });
    };
    let forward = false;
    for (const t of doc.tasks)
        if (t.dependsOn.includes(t.id))
            throw new errors/* InputError */.dz(`tasks.md line ${t.line}: ${t.id} depends on itself; expected "depends on" to name other tasks (remove ${t.id} from its own list)`);
    for (const t of open) {
        for (const id of t.dependsOn) {
            if (!known.has(id))
                notes.push(`${t.id} depends on ${id}, which is not in tasks.md; ignored`);
            else {
                add(t.id, id, 'explicit');
                if (openIds.has(id) && line.get(id) > t.line)
                    forward = true;
            }
        }
    }
    const implicit = [];
    const phaseOf = (t) => t.phase ?? '';
    let previous;
    for (const t of doc.tasks) {
        if (previous && !t.parallel && phaseOf(previous) === phaseOf(t))
            implicit.push([t.id, previous.id, 'order']);
        previous = t;
    }
    const phases = [...new Set(doc.tasks.map(phaseOf))];
    const phaseIndex = new Map(phases.map((p, k) => [p, k]));
    const blocking = phases.map((p) => BLOCKING_PHASE.test(p));
    const final = phases.map((p) => FINAL_PHASE.test(p));
    const phaseOfTask = doc.tasks.map((t) => phaseIndex.get(phaseOf(t)));
    // Only tasks of blocking phases can be waited for by a task outside a final phase: scan those alone.
    const inBlocking = doc.tasks.flatMap((_, k) => (blocking[phaseOfTask[k]] ? [k] : []));
    const everyTask = doc.tasks.map((_, k) => k);
    doc.tasks.forEach((t, k) => {
        const p = phaseOfTask[k];
        for (const v of final[p] ? everyTask : inBlocking) {
            const q = phaseOfTask[v];
            if (q < p && (blocking[q] || final[p]))
                implicit.push([t.id, doc.tasks[v].id, 'phase']);
        }
    });
    for (const [from, on, reason] of implicit) {
        if (!openIds.has(from) || !openIds.has(on))
            continue;
        // Implicit waits point backwards in the file; only a forward explicit one can make them a cycle.
        if (forward && reaches(edges, on, from))
            continue;
        add(from, on, reason);
    }
    const tasks = open.map((t) => {
        const progress = state.progress[t.id];
        const task = {
            id: t.id,
            description: (0,owner_comment/* plainDescription */.$Y)(t.description),
            paths: t.paths,
            dependsOn: edges.get(t.id),
            parallel: t.parallel,
            estimate: (0,owner_comment/* estimateIn */.s7)(t.description) ?? 1,
            ...(t.phase ? { phase: t.phase } : {}),
            ...(t.story ? { story: t.story } : {}),
        };
        const owner = state.owners[t.id] ?? t.owner;
        if (owner && state.agents.includes(owner))
            task.owner = owner;
        if (progress?.state === 'in-progress' && progress.agent && state.agents.includes(progress.agent)) {
            task.pinned = { agent: progress.agent, reason: 'in-progress' };
            task.started = true;
        }
        else {
            const holders = state.agents.filter((a) => sharedPaths(t.paths, state.branchPaths[a] ?? []).length > 0);
            if (holders.length === 1)
                task.pinned = {
                    agent: holders[0],
                    reason: 'branch-changes',
                    detail: sharedPaths(t.paths, state.branchPaths[holders[0]]).join(', '),
                };
        }
        return task;
    });
    return { tasks, done, notes };
}
/** True when `from` waits, directly or not, for `to`. */
function reaches(edges, from, to) {
    const seen = new Set([from]);
    const stack = [from];
    while (stack.length) {
        const id = stack.pop();
        if (id === to)
            return true;
        for (const d of edges.get(id) ?? []) {
            if (!seen.has(d.id)) {
                seen.add(d.id);
                stack.push(d.id);
            }
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./shared/plan/run-plan.ts







/**
 * `orchestrator plan`: reads tasks.md (from the overseer branch, else the
 * checked-out commit), the state (done and started tasks, earlier owners)
 * and what each implementor branch already changed, and plans the open
 * tasks. With `apply`, records a `task-assigned` event for each task whose
 * owner changes and writes the owner comments where tasks.md is rendered.
 */
async function runPlan(options, deps) {
    const { git, remote, config, store, dryRun, ctx } = deps;
    const spec = (0,validate/* validateSpecId */.zx)(options.spec);
    ctx.progress?.(`Reading state from ${store.branch}...`);
    const snapshot = await store.read();
    const feature = snapshot.projection.features[spec];
    const branches = await featureBranches(git, remote, config.branches, spec, feature);
    if (!branches.implementors.length)
        throw new errors/* InputError */.dz(`spec-id ${spec} has no implementor branch on ${remote} or in the state; run init-feature for it first`);
    const file = config.tasks.file.replace('{spec}', spec);
    const head = await git.resolveCommit('HEAD');
    const source = await (0,tasks_source/* readTasksSource */.E)(git, [branches.overseer.sha ?? undefined, head ?? undefined], file, ctx.logger);
    if (source.text === null || !source.doc)
        throw new errors/* InputError */.dz(`${file} was not found on ${branches.overseer.branch} or the checked-out commit; plan needs the spec's tasks.md`);
    ctx.progress?.(`Reading what ${branches.implementors.length} implementor branch(es) changed...`);
    const state = {
        agents: branches.implementors.map((i) => i.name),
        progress: {},
        owners: {},
        branchPaths: {},
    };
    for (const i of branches.implementors)
        state.branchPaths[i.name] = await changedSince(git, branches.overseer.sha, i.sha);
    for (const [id, t] of Object.entries(feature?.tasks ?? {}))
        state.progress[id] = { state: t.state, agent: (feature && (0,render_tasks/* agentName */.Lp)(feature, t.agent)) ?? t.agent };
    for (const [id, a] of Object.entries(feature?.assignments ?? {})) {
        const name = feature && (0,render_tasks/* agentName */.Lp)(feature, a.agent);
        if (name)
            state.owners[id] = name;
    }
    const { tasks, done, notes } = planTasks(source.doc, state);
    ctx.progress?.(`Planning ${tasks.length} open task(s)...`);
    const plan = makePlan({ tasks, agents: state.agents, branchPaths: state.branchPaths, exactLimit: options.exactLimit });
    const branchOf = new Map(branches.implementors.map((i) => [i.name, i.branch]));
    const ownerChanges = plan.assignments
        .filter((a) => feature?.assignments?.[a.id]?.agent !== branchOf.get(a.agent))
        .map((a) => ({ id: a.id, ...(state.owners[a.id] ? { from: state.owners[a.id] } : {}), to: a.agent, wave: a.wave }));
    const result = {
        spec,
        plan,
        tasks,
        done,
        notes,
        ownerChanges,
        applied: false,
        branches: Object.fromEntries(branchOf),
        tasksFile: source.file,
        stateCommit: null,
        overseerCommit: null,
        dryRun,
    };
    if (!options.apply || !ownerChanges.length)
        return result;
    const events = ownerChanges.map((c) => {
        const agent = branchOf.get(c.to);
        const before = feature?.assignments?.[c.id]?.occurrences[agent] ?? 0;
        return (0,events_events/* makeEvent */.Ld)('task-assigned', spec, { taskId: c.id, agent, wave: c.wave, ...(before ? { occurrence: before + 1 } : {}) }, { actor: ctx.actor, time: ctx.now() });
    });
    const text = source.text;
    const files = (projection) => options.tasksTarget === 'state' ? [[(0,sync_status/* stateTasksPath */.L)(spec), (0,render_tasks/* renderTasksFile */.nc)(text, projection.features[spec], options.annotate).text]] : [];
    ctx.progress?.(`Recording ${events.length} assignment(s) on ${store.branch}...`);
    const appended = await store.append(events, { files });
    result.applied = !dryRun;
    result.stateCommit = appended.pushed ? appended.commit : null;
    const after = appended.projection.features[spec];
    if (options.tasksTarget === 'overseer' && !dryRun)
        result.overseerCommit = await (0,commit_file/* commitFileWithLease */.q)(git, remote, branches.overseer.branch, source.file, (current) => (0,render_tasks/* renderTasksFile */.nc)(current, after, options.annotate).text, `orchestrator: owners of ${ownerChanges.length} task(s) in ${source.file}`, ctx.logger);
    return result;
}

// EXTERNAL MODULE: ./shared/commands/open-workspace.ts + 9 modules
var open_workspace = __webpack_require__(731);
// EXTERNAL MODULE: ./shared/commands/identity.ts
var identity = __webpack_require__(717);
// EXTERNAL MODULE: ./shared/commands/settings.ts
var settings = __webpack_require__(8482);
// EXTERNAL MODULE: ./shared/workspace/common-options.ts
var common_options = __webpack_require__(4362);
;// CONCATENATED MODULE: ./shared/commands/plan.ts







const planCommand = {
    name: 'plan',
    summary: "Assign the spec's open tasks to its implementors in waves, so that no two agents touch the same path at once: dependencies first, then no shared path within a wave, then fewest waves, then balanced load.",
    options: [
        identity/* SPEC_ID_OR_IDENTITY */.pY,
        {
            name: 'apply',
            type: 'boolean',
            default: 'false',
            description: 'Record the assignment (task-assigned events) and write <!-- owner: impl-n --> comments where tasks.md is rendered.',
        },
        {
            name: 'tasks-target',
            type: 'string',
            default: 'state',
            choices: ['state', 'overseer'],
            description: "Where tasks.md with owner comments is written: the state branch (features/<spec>/tasks.md) or the overseer branch (the spec's own tasks.md).",
        },
        {
            name: 'annotate',
            type: 'boolean',
            default: 'true',
            description: 'Keep the done comments sync-status writes (as sync-status annotate) when tasks.md is rendered.',
        },
        {
            name: 'exact-limit',
            type: 'integer',
            min: 0,
            max: 60,
            default: String(EXACT_LIMIT),
            description: 'Up to this many open tasks the fewest waves are found by exact search; above it a heuristic reports a lower bound.',
        },
        ...common_options/* COMMON_OPTIONS */.D,
    ],
    outputs: [
        { name: 'waves', description: 'Number of waves in the plan.' },
        { name: 'optimal', description: 'true when no plan with fewer waves exists (proven), else false.' },
        { name: 'lower-bound', description: 'No plan can have fewer waves than this.' },
        { name: 'collisions', description: 'Number of task pairs that share a path within a wave (only when unavoidable).' },
        { name: 'assignments', description: 'JSON array of {id, agent, wave, why}, by wave.' },
        { name: 'state-commit', description: 'Commit of the state branch after recording (empty when nothing was recorded).' },
    ],
    async run(values, ctx) {
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(values, ctx);
        const r = await runPlan(await planSettings(values, ctx, ws), { ...ws, ctx });
        const assignments = r.plan.waves.flat();
        return {
            exitCode: 0,
            outputs: {
                waves: String(r.plan.waves.length),
                optimal: String(r.plan.optimal),
                'lower-bound': String(r.plan.lowerBound),
                collisions: String(r.plan.collisions.length),
                assignments: JSON.stringify(assignments),
                'state-commit': r.stateCommit ?? '',
            },
            summary: renderPlanSummary(r),
            text: renderPlanText(r) + (r.stateCommit ? `\nState: ${r.stateCommit.slice(0, 7)}` : ''),
            json: {
                spec: r.spec,
                method: r.plan.method,
                optimal: r.plan.optimal,
                lowerBound: r.plan.lowerBound,
                searchSteps: r.plan.steps,
                waves: r.plan.waves,
                load: r.plan.load,
                collisions: r.plan.collisions,
                branchCollisions: r.plan.branchCollisions,
                tasks: r.tasks,
                done: r.done,
                notes: r.notes,
                branches: r.branches,
                ownerChanges: r.ownerChanges,
                applied: r.applied,
                tasksFile: r.tasksFile,
                stateCommit: r.stateCommit,
                overseerCommit: r.overseerCommit,
                dryRun: r.dryRun,
            },
        };
    },
};
async function planSettings(values, ctx, ws) {
    return {
        spec: await (0,identity/* featureOrIdentity */.Eg)(values, 'spec-id', ctx, ws),
        apply: values.bool('apply'),
        tasksTarget: (0,settings/* tasksTargetOf */.f1)(values),
        annotate: values.bool('annotate'),
        exactLimit: values.int('exact-limit'),
    };
}


/***/ }),

/***/ 8482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ trustedConfigOf),
/* harmony export */   FH: () => (/* binding */ choiceOf),
/* harmony export */   IC: () => (/* binding */ branchOrIdentity),
/* harmony export */   f1: () => (/* binding */ tasksTargetOf)
/* harmony export */ });
/* harmony import */ var _identity__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(717);
/* harmony import */ var _agent_branches__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3330);
/* harmony import */ var _role_ci__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1586);



function choiceOf(values, name, fallback) {
    return (values.string(name) ?? fallback);
}
/** `tasks-target` of sync-status and plan: where tasks.md is written. */
function tasksTargetOf(values) {
    return choiceOf(values, 'tasks-target', 'state');
}
/** `branch` of the commands that act on one agent branch: the flag, else (CLI) this checkout's own. */
async function branchOrIdentity(values, ctx, ws) {
    return values.string('branch') ?? (await (0,_identity__WEBPACK_IMPORTED_MODULE_0__/* .identityBranch */ .B9)(ctx, ws));
}
/**
 * Where a command that decides a rule or a destination (a pull request's target, the state branch, which
 * features are registered) reads the configuration: a commit the branch it acts on cannot change (the pull
 * request's base, else that branch's overseer, else the default branch), never the checked-out work tree,
 * which in a push workflow is that branch's own.
 */
function trustedConfigOf(values, ctx) {
    return async (git) => ({
        kind: 'trusted',
        pullRequestBase: (0,_role_ci__WEBPACK_IMPORTED_MODULE_1__/* .pullRequestBase */ .M)(ctx.github),
        branch: values.string('branch') ?? (0,_role_ci__WEBPACK_IMPORTED_MODULE_1__/* .branchOfRun */ .l)(ctx.github) ?? (await (0,_agent_branches__WEBPACK_IMPORTED_MODULE_2__/* .checkedOutBranch */ .iD)(git)) ?? undefined,
    });
}


/***/ }),

/***/ 6140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cl: () => (/* binding */ STATUS_BATCH_ARGS),
/* harmony export */   fG: () => (/* binding */ diffTreeZeroContext),
/* harmony export */   oc: () => (/* binding */ rawDiff),
/* harmony export */   qO: () => (/* binding */ diffTreeStatusBatch),
/* harmony export */   tS: () => (/* binding */ changedNames),
/* harmony export */   y1: () => (/* binding */ diffTreeNames)
/* harmony export */ });
/** What changed between two commits: names, patches and raw entries. */
/** Paths changed from `from` to `to` (no rename detection); with `allowMissing`, none when git cannot compare them. */
async function changedNames(git, from, to, options = {}) {
    const r = await git.exec(['diff', '--name-only', '--no-renames', '-z', from, to, '--'], {
        allowedExitCodes: options.allowMissing ? [0, 128] : [0],
    });
    return r.exitCode === 0 ? r.stdout.split('\0').filter(Boolean) : [];
}
/** What both tree diffs share: every file (no renames, no external or text-converting drivers, submodules seen). */
function treeDiff(base, tip) {
    return ['--no-renames', '--no-ext-diff', '--no-textconv', '--ignore-submodules=none', '-r', base, tip];
}
/** `diff-tree -z --name-only`: the exact bytes of every changed path, NUL-separated. */
async function diffTreeNames(git, base, tip) {
    return (await git.execBuffer(['diff-tree', '-z', '--name-only', ...treeDiff(base, tip)])).stdout;
}
/** git's own zero-context patch (`a/` and `b/` prefixes, names quoted), as bytes. */
async function diffTreeZeroContext(git, base, tip) {
    const args = ['-c', 'core.quotePath=true', 'diff-tree', '-p', '-U0', '--no-color', '--src-prefix=a/', '--dst-prefix=b/'];
    return (await git.execBuffer([...args, ...treeDiff(base, tip)])).stdout;
}
/** `diff --raw -z -M --no-abbrev` from `from` to `to`: modes, full ids, status and paths. */
async function rawDiff(git, from, to) {
    const { stdout } = await git.execBuffer([
        'diff',
        '--raw',
        '-z',
        '-M',
        '--no-abbrev',
        '--no-ext-diff',
        '--no-textconv',
        '--no-relative',
        // A user's `diff.ignoreSubmodules` must not hide a gitlink change.
        '--ignore-submodules=none',
        from,
        to,
        '--',
    ]);
    return stdout;
}
/** Named in the errors of a reader of diffTreeStatusBatch's output. */
const STATUS_BATCH_ARGS = [
    'diff-tree',
    '--stdin',
    '--always',
    '-r',
    '--no-renames',
    '--ignore-submodules=none',
    '--name-status',
    '-z',
];
/** `diff-tree --stdin --name-status -z` of many "<tip> <base>" lines in one process; each range's output starts with its line. */
async function diffTreeStatusBatch(git, input) {
    return (await git.execBuffer(STATUS_BATCH_ARGS, { input })).stdout;
}


/***/ }),

/***/ 5576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ ROLE_FILE),
/* harmony export */   Fh: () => (/* binding */ CLAUDE_ROLE_FILE),
/* harmony export */   Jc: () => (/* binding */ ROLE_FILES),
/* harmony export */   ak: () => (/* binding */ readRoleFiles),
/* harmony export */   he: () => (/* binding */ formatRoleFile)
/* harmony export */ });
/* unused harmony exports MAX_ROLE_FILE_BYTES, parseRoleFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1581);
/* harmony import */ var _naming_validate__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(919);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8646);





/** The local role file `agents setup` writes (git-excluded). */
const ROLE_FILE = '.orchestrator/agent.local';
/** The name the original system used; read too, never written. */
const CLAUDE_ROLE_FILE = '.claude/agent-role.local';
/** Both names, in the order they are read. */
const ROLE_FILES = [ROLE_FILE, CLAUDE_ROLE_FILE];
/** A role file is three short lines; anything bigger is not one (and is not read into memory whole). */
const MAX_ROLE_FILE_BYTES = 4096;
const KEYS = ['role', 'feature', 'agent'];
/**
 * Reads and validates the role file(s) in `cwd`. The file is untrusted input
 * (anyone, or any agent, can write it): its size is bounded, every line must be
 * `key: value` with a known key given once, and each value must be a valid role,
 * spec id or agent name; any problem is an InputError naming the file, the line
 * and the bad value. When both names exist they must say the same, else the
 * error names both (neither silently wins).
 */
function readRoleFiles(cwd) {
    const found = ROLE_FILES.filter((p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, p))).map((p) => parseRoleFile(p, readBounded(cwd, p)));
    if (found.length === 0)
        return null;
    const [first, second] = found;
    if (second) {
        for (const key of KEYS) {
            const a = first.values[key];
            const b = second.values[key];
            if (a !== b)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${first.path} and ${second.path} disagree: ${key} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(a ?? '(none)')} versus ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(b ?? '(none)')}; keep one of them (agents setup writes ${ROLE_FILE})`);
        }
    }
    return first;
}
function readBounded(cwd, path) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, path);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(full).isFile())
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${path} is not a regular file; expected lines like "role: implementor"`);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(full, 'r');
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        if (size > MAX_ROLE_FILE_BYTES)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${path} is ${size} bytes, more than the ${MAX_ROLE_FILE_BYTES} a role file may have; expected lines like "role: implementor"`);
        const buffer = Buffer.alloc(size);
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, size, 0);
        return buffer.subarray(0, read).toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Parses the text of a role file; `path` is for messages. */
function parseRoleFile(path, text) {
    const values = {};
    const seen = new Set();
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const where = `${path} line ${i + 1}`;
        const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
        if (!m)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(line)} is not "key: value"; expected role, feature and agent lines, e.g. "role: implementor"`);
        const key = m[1].toLowerCase();
        const value = m[2].trim();
        if (!KEYS.includes(key))
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: unknown key ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(m[1])}; expected role, feature or agent`);
        if (seen.has(key))
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: ${key} is given twice; give it once`);
        seen.add(key);
        if (key === 'role') {
            if (value !== 'overseer' && value !== 'implementor')
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: role ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)} is not valid; expected overseer or implementor`);
            values.role = value;
        }
        else if (key === 'feature') {
            const problem = (0,_naming_validate__WEBPACK_IMPORTED_MODULE_4__/* .specIdProblem */ .Gr)(value);
            if (problem)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)} is not valid: ${problem}; expected a spec id such as 004-user-auth`);
            values.feature = value;
        }
        else {
            const problem = (0,_naming_validate__WEBPACK_IMPORTED_MODULE_4__/* .branchNameProblem */ .hq)(value);
            if (problem)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(value)} is not valid: ${problem}; expected the agent's name (impl-2, overseer) or its branch`);
            values.agent = value;
        }
    });
    if (!values.role && !values.feature && !values.agent)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${path} names no role, feature or agent; expected lines like "role: implementor", "feature: 004-user-auth", "agent: impl-2"`);
    return { path, values };
}
/** The text `agents setup` writes: the same keys, in the same order, that `parseRoleFile` reads. */
function formatRoleFile(values) {
    return KEYS.filter((k) => values[k])
        .map((k) => `${k}: ${values[k]}\n`)
        .join('');
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ describeIdentity),
/* harmony export */   _7: () => (/* binding */ resolveAgentIdentity)
/* harmony export */ });
/* unused harmony exports parseAgentName, agentName */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1581);
/* harmony import */ var _naming_branch_pattern__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6422);
/* harmony import */ var _text_quote__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8646);
/* harmony import */ var _role_file__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5576);




/**
 * The role, feature and agent of this checkout, from (in order) the flags,
 * the branch name, then the local role file. A role file that contradicts an
 * agent branch is an error naming both: the file says who the checkout was set
 * up as, the branch who it is now, and guessing which is stale could let one
 * agent act as another. Flags are explicit and win silently over both.
 */
function resolveAgentIdentity(options) {
    const { naming, branch } = options;
    const parsed = branch ? (0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_0__/* .parseBranch */ .Qd)(naming, branch) : null;
    const file = options.readFile ? (0,_role_file__WEBPACK_IMPORTED_MODULE_1__/* .readRoleFiles */ .ak)(options.cwd) : null;
    const fromFile = file ? fileIdentity(file, naming) : null;
    if (file && fromFile && parsed && branch)
        checkAgreement(file, fromFile, branch, parsed);
    const out = { sources: {}, checkedOut: branch };
    if (file)
        out.file = file;
    const flagRole = options.flags?.role;
    if (flagRole !== undefined && flagRole !== 'overseer' && flagRole !== 'implementor')
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`--role ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(flagRole)} is not valid; expected overseer or implementor`);
    const pick = (flag, fromBranch, fromFileValue) => flag !== undefined
        ? [flag, 'flag']
        : fromBranch !== undefined
            ? [fromBranch, 'branch']
            : fromFileValue !== undefined
                ? [fromFileValue, 'file']
                : [undefined, undefined];
    [out.role, out.sources.role] = pick(flagRole, parsed?.role, fromFile?.role);
    [out.feature, out.sources.feature] = pick(options.flags?.feature, parsed?.spec, fromFile?.spec);
    out.source = out.sources.role;
    // The agent (impl-n / overseer) comes from the first of branch and file whose role is the role in force.
    const agentFrom = [
        parsed ? { p: parsed, s: 'branch' } : null,
        fromFile && file?.values.agent ? { p: fromFile, s: 'file' } : null,
    ].find((c) => c && c.p.role === out.role);
    if (agentFrom) {
        out.agent = agentName(naming, agentFrom.p.role, agentFrom.p.index);
        if (agentFrom.p.index !== undefined)
            out.index = agentFrom.p.index;
        out.sources.agent = agentFrom.s;
    }
    // The agent's own branch: of the feature its source names (a --feature flag for another feature does not move it).
    const agentFeature = agentFrom?.p.spec ?? out.feature;
    if (agentFrom && agentFeature)
        out.branch = (0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_0__/* .formatBranch */ .gK)(naming, agentFeature, agentFrom.p.role, agentFrom.p.index);
    return out;
}
/** What the role file says, with its agent read against the naming (short name or whole branch). */
function fileIdentity(file, naming) {
    const { role, feature, agent } = file.values;
    const out = {};
    if (role)
        out.role = role;
    if (feature)
        out.spec = feature;
    if (!agent)
        return out;
    const asBranch = agent.includes('/') ? (0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_0__/* .parseBranch */ .Qd)(naming, agent) : parseAgentName(naming, agent);
    if (!asBranch)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.path}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(agent)} is not an agent of the naming (expected ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(naming.overseer)}, ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(naming.implementor.replace('{n}', '2'))} or a branch like ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)((0,_naming_branch_pattern__WEBPACK_IMPORTED_MODULE_0__/* .formatBranch */ .gK)(naming, feature ?? '004-user-auth', 'implementor', 2))})`);
    if (role && asBranch.role !== role)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.path}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(agent)} is an ${asBranch.role}, but the file says role ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(role)}`);
    if (feature && asBranch.spec && asBranch.spec !== feature)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.path}: agent ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(agent)} belongs to feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(asBranch.spec)}, but the file says feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(feature)}`);
    out.role = asBranch.role;
    if (asBranch.spec)
        out.spec = asBranch.spec;
    if (asBranch.index !== undefined)
        out.index = asBranch.index;
    return out;
}
/** `impl-2` → implementor 2, `overseer` → overseer, for the naming's role segments. */
function parseAgentName(naming, name) {
    if (name === naming.overseer)
        return { role: 'overseer' };
    const [before, after] = naming.implementor.split('{n}');
    if (!name.startsWith(before) || !name.endsWith(after))
        return null;
    const n = name.slice(before.length, name.length - after.length);
    return /^[1-9]\d{0,2}$/.test(n) ? { role: 'implementor', index: Number(n) } : null;
}
function agentName(naming, role, index) {
    return role === 'overseer' ? naming.overseer : naming.implementor.replace('{n}', String(index ?? 1));
}
function checkAgreement(file, said, branch, parsed) {
    const differs = (said.role !== undefined && said.role !== parsed.role) ||
        (said.spec !== undefined && said.spec !== parsed.spec) ||
        (said.index !== undefined && said.index !== parsed.index);
    if (!differs)
        return;
    const fileSays = Object.entries(file.values)
        .map(([k, v]) => `${k} ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(v)}`)
        .join(', ');
    const branchIs = `the ${parsed.role}${parsed.index !== undefined ? ` ${parsed.index}` : ''} branch of feature ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(parsed.spec)}`;
    throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${file.path} says ${fileSays}, but branch ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(branch)} is ${branchIs}; they must agree (remove ${file.path} or run "orchestrator agents setup" again if this checkout changed roles)`);
}
/** One line for the CLI: the identity and where each part came from. */
function describeIdentity(id) {
    if (!id.role && !id.feature)
        return 'no role: the branch is not an agent branch and no role file names one';
    const from = (s) => s === 'file' ? `the role file ${id.file?.path}` : s === 'branch' ? `branch ${(0,_text_quote__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(id.checkedOut ?? '')}` : 'the command line';
    const parts = [];
    if (id.role)
        parts.push(`${id.role}${id.agent && id.role === 'implementor' ? ` ${id.agent}` : ''} (from ${from(id.sources.role)})`);
    if (id.feature)
        parts.push(`feature ${id.feature}${id.sources.feature !== id.sources.role ? ` (from ${from(id.sources.feature)})` : ''}`);
    return `working as ${parts.join(', ')}`;
}


/***/ }),

/***/ 1586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ pullRequestBase),
/* harmony export */   l: () => (/* binding */ branchOfRun)
/* harmony export */ });
/** The base branch of the pull request the run is about, if it is about one. */
function pullRequestBase(gh) {
    if (!gh.eventName?.startsWith('pull_request'))
        return undefined;
    const pr = gh.event?.pull_request;
    const ref = gh.baseRef || (typeof pr?.base?.ref === 'string' ? pr.base.ref : undefined);
    return ref || undefined;
}
/** The pushed branch, by name only (its content is not read). */
function branchOfRun(gh) {
    if (gh.ref?.startsWith('refs/heads/'))
        return gh.ref.slice('refs/heads/'.length);
    return gh.headRef || undefined;
}


/***/ })

};
