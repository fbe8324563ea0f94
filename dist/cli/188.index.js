export const id = 188;
export const ids = [188];
export const modules = {

/***/ 9358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ AUTHORITY_RULES),
/* harmony export */   kj: () => (/* binding */ authorityRule),
/* harmony export */   su: () => (/* binding */ IMPLEMENTOR_LOG_KINDS),
/* harmony export */   zI: () => (/* binding */ preApprovedCommands)
/* harmony export */ });
/* unused harmony export IMPLEMENTOR_COMMANDS */
const AUTHORITY_RULES = [
    {
        command: 'events add-feature',
        implementor: 'never',
        rule: 'registering a feature is the overseer’s or a person’s',
    },
    {
        command: 'events log',
        implementor: 'own',
        rule: 'an implementor may log only task-updated, test-result and blocker-raised events for its own branch',
    },
    {
        command: 'events log-conflict',
        implementor: 'never',
        rule: 'recording a conflict by hand is the overseer’s or a person’s',
    },
    {
        command: 'events resolve-conflict',
        implementor: 'never',
        rule: 'resolving a conflict is the overseer’s or a person’s',
    },
    {
        command: 'events raise-blocker',
        implementor: 'own',
        rule: 'an implementor may raise a blocker only against its own branch',
    },
    {
        command: 'events clear-blocker',
        implementor: 'own',
        rule: 'an implementor may clear only a blocker it raised or that was raised against it (its own branch)',
    },
];
/** The event kinds an implementor may record with `events log`, for its own branch. */
const IMPLEMENTOR_LOG_KINDS = ['task-updated', 'test-result', 'blocker-raised'];
/** The rule of a command, if it has one. */
function authorityRule(command) {
    return AUTHORITY_RULES.find((r) => r.command === command);
}
/**
 * The CLI commands `agents setup` pre-approves for an implementor: those no
 * rule can refuse it. The rest (and `init-feature`, `plan`, which shape the
 * whole feature) ask first. The overseer's list is every command.
 */
const IMPLEMENTOR_COMMANDS = [
    'sync-status',
    'check-path',
    'run-tests',
    'role-ci',
    'check-conflicts',
    'detect-conflicts',
    'integrate-order',
    'open-pr',
    'dashboard',
    'agents',
    'hooks',
    'events recent',
    'events status',
    'events export',
    'events sql',
    'events verify',
];
/** The commands a role may run without asking, as command words (empty list: every command). */
function preApprovedCommands(role) {
    return role === 'implementor' ? IMPLEMENTOR_COMMANDS : null;
}


/***/ }),

/***/ 6225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ readIdList),
/* harmony export */   a: () => (/* binding */ findIds)
/* harmony export */ });
// A task id as a whole word: `T012` in `(T012)` or `T012:`, but not in
// `XT0123`, `T012a` or `T012_x`.
const ID = /(?<![A-Za-z0-9_])T\d{3,}(?![A-Za-z0-9_])/y;
const ID_ANYWHERE = /(?<![A-Za-z0-9_])T\d{3,}(?![A-Za-z0-9_])/g;
// Between ids of one list: `, ` `, and ` ` and ` ` & ` or plain spaces.
// Never a newline: a list ends with its line.
const SEPARATOR = /[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*|[ \t]+/iy;
/** Every task id in `text`, in order, with its offset. */
function findIds(text) {
    return [...text.matchAll(ID_ANYWHERE)].map((m) => ({ id: m[0], index: m.index }));
}
/**
 * Reads a list of ids starting exactly at `index` (`T012, T013 and T014`).
 * Returns the ids (none if no id starts there) and the offset after the last one.
 */
function readIdList(text, index) {
    const ids = [];
    let pos = index;
    for (;;) {
        ID.lastIndex = pos;
        const id = ID.exec(text);
        if (!id)
            break;
        ids.push(id[0]);
        pos = ID.lastIndex;
        SEPARATOR.lastIndex = pos;
        if (!SEPARATOR.exec(text))
            break;
        ID.lastIndex = SEPARATOR.lastIndex;
        if (!ID.test(text))
            break;
        pos = SEPARATOR.lastIndex;
    }
    return { ids, end: pos };
}


/***/ }),

/***/ 3818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ splitLines)
/* harmony export */ });
// An opening fence: up to any indentation (fences inside list items are
// indented), three or more backticks or tildes, then an info string. A
// backtick fence's info string cannot itself contain a backtick.
const OPENING_FENCE = /^[ \t]*(`{3,}|~{3,})(.*)$/;
/**
 * Splits markdown into lines, marking those inside fenced code blocks. The
 * fence rules follow CommonMark closely enough for tasks.md: a block closes at
 * a fence of the same character that is at least as long and has nothing but
 * spaces after it; an unclosed block runs to the end of the file.
 */
function splitLines(text) {
    const lines = [];
    let fence;
    let start = 0;
    let number = 0;
    while (start <= text.length) {
        const newline = text.indexOf('\n', start);
        const end = newline === -1 ? text.length : newline;
        // A final newline ends the last line; it does not start an empty one.
        if (newline === -1 && start === text.length && number > 0)
            break;
        let content = text.slice(start, end);
        if (content.endsWith('\r'))
            content = content.slice(0, -1);
        number++;
        if (number === 1 && content.startsWith('\uFEFF')) {
            content = content.slice(1);
            start += 1;
        }
        let fenced = fence !== undefined;
        if (fence) {
            const closing = content.match(/^[ \t]*(`{3,}|~{3,})[ \t]*$/);
            if (closing && closing[1][0] === fence.char && closing[1].length >= fence.length)
                fence = undefined;
        }
        else {
            const opening = content.match(OPENING_FENCE);
            if (opening && !(opening[1][0] === '`' && opening[2].includes('`'))) {
                fence = { char: opening[1][0], length: opening[1].length };
                fenced = true;
            }
        }
        lines.push({ number, content, start, fenced });
        if (newline === -1)
            break;
        start = newline + 1;
    }
    return lines;
}


/***/ }),

/***/ 2107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ parseTasks)
});

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/tasks/lines.ts
var lines = __webpack_require__(3818);
// EXTERNAL MODULE: ./shared/tasks/task-line.ts
var task_line = __webpack_require__(5747);
// EXTERNAL MODULE: ./shared/tasks/id-list.ts
var id_list = __webpack_require__(6225);
;// CONCATENATED MODULE: ./shared/tasks/task-prose.ts

// Prose that announces a dependency, followed by an id list:
// `(depends on T012, T013)`, `blocked by T020`, `requires T004`, `after T010`.
const DEPENDENCY = /\b(?:depends?[ \t]+on|dependent[ \t]+on|blocked[ \t]+by|requires|after)[ \t]*:?[ \t]*/gi;
/** Ids named as prerequisites in a task description, in order, without duplicates; the task's own id is kept (plan refuses it by name). */
function dependenciesIn(description) {
    const ids = new Set();
    for (const m of description.matchAll(DEPENDENCY)) {
        // The task's own id is kept: a task that waits for itself is the planner's to refuse, by name.
        for (const id of (0,id_list/* readIdList */.W)(description, m.index + m[0].length).ids)
            ids.add(id);
    }
    return [...ids];
}
// Slashed or dotted words that are prose or product names, not paths.
const NOT_PATHS = words('and/or either/or w/o i/o n/a read/write on/off yes/no true/false pass/fail e.g i.e etc vs', 'node.js next.js nuxt.js vue.js express.js d3.js three.js chart.js nest.js asp.net socket.io');
// Well-known files that have no extension.
const BARE_FILES = words('Dockerfile Containerfile Makefile Procfile Gemfile Rakefile Jenkinsfile Justfile Vagrantfile', 'LICENSE CODEOWNERS');
// Slash-joined words that are not folders: `T012/T013`, `GET/POST`.
const PROSE_SEGMENT = /^(?:T\d{3,}|US\d+|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;
const PATH_CHARS = /^[\w.@~+\-/*[\]]+$/;
const FILE_NAME = /^[\w@+\-.[\]]*[\w@+\-\]]\.[A-Za-z][A-Za-z0-9]{0,9}$/;
const DOTFILE = /^\.[A-Za-z][\w.-]*$/;
// A backticked span, or a run of characters that are neither spaces nor backticks.
const WORD = /`([^`]*)`|([^\s`]+)/g;
const LEADING_PUNCTUATION = /^[([{"'<*_]+/;
const TRAILING_PUNCTUATION = new Set(')]}"\'>,;:.!?*_');
/**
 * File paths named in a task description, in order, without duplicates. A
 * heuristic, because the format names paths in free prose: a word counts when
 * it contains a slash (`src/models/user.py`, `tests/unit/`), is a file name
 * with an extension (`package.json`), a dotfile or a well-known file such as
 * `Dockerfile`. Words in backticks are read whole. URLs, API routes with a
 * leading slash and a few common dotted or slashed words (`and/or`,
 * `GET/POST`, `Node.js`, `e.g.`) are left out.
 */
function pathsIn(description) {
    const paths = new Set();
    for (const m of description.matchAll(WORD)) {
        const word = m[1] !== undefined ? m[1].trim() : m[2];
        const candidate = trimTrailingPunctuation(word.replace(LEADING_PUNCTUATION, ''));
        if (looksLikePath(candidate))
            paths.add(candidate);
    }
    return [...paths];
}
function looksLikePath(word) {
    if (word === '' || word.includes('://') || !PATH_CHARS.test(word) || !/[A-Za-z]/.test(word))
        return false;
    if (NOT_PATHS.has(word.toLowerCase()))
        return false;
    // A leading slash is an API route (`/users/{id}`) far more often than a file in a task list.
    if (word.startsWith('/'))
        return false;
    if (word.includes('/'))
        return !word.split('/').every((part) => part === '' || PROSE_SEGMENT.test(part));
    return FILE_NAME.test(word) || DOTFILE.test(word) || BARE_FILES.has(word);
}
// A loop, not a regex: `/[.)]+$/` backtracks quadratically on a long run of
// punctuation that is not at the end.
function trimTrailingPunctuation(word) {
    let end = word.length;
    while (end > 0 && TRAILING_PUNCTUATION.has(word[end - 1]))
        end--;
    return word.slice(0, end);
}
function words(...lists) {
    return new Set(lists.join(' ').split(' '));
}

;// CONCATENATED MODULE: ./shared/tasks/parse-tasks.ts




// ATX headings with up to three spaces of indentation, as in CommonMark.
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
/**
 * Reads a spec-kit tasks.md. Lines that are not tasks or headings are ignored,
 * never an error; the only error is a task id used twice, because updates
 * address tasks by id. `file` only names the file in that error.
 *
 * A `##` heading opens a phase and a `###` heading a section within it. A
 * phase is listed in `phases` when it holds tasks or its title starts with
 * "Phase", so prose sections such as "Dependencies & Execution Order" are not.
 */
function parseTasks(text, file = 'tasks.md') {
    const doc = { tasks: [], phases: [] };
    const seen = new Map();
    let phase;
    let section;
    for (const line of (0,lines/* splitLines */.u)(text)) {
        if (line.fenced)
            continue;
        const heading = line.content.match(HEADING);
        if (heading) {
            const level = heading[1].length;
            const title = headingTitle(heading[2] ?? '');
            if (level === 1) {
                doc.title ??= title;
                phase = undefined;
                section = undefined;
            }
            else if (level === 2) {
                phase = { title, line: line.number, taskIds: [] };
                if (/^phase\b/i.test(title))
                    doc.phases.push(phase);
                section = undefined;
            }
            else if (level === 3) {
                section = title;
            }
            continue;
        }
        const match = (0,task_line/* matchTaskLine */.DP)(line.content);
        if (!match)
            continue;
        const previous = seen.get(match.id);
        if (previous !== undefined) {
            throw new errors/* InputError */.dz(`${file}: task id "${match.id}" is used twice, on line ${previous} and line ${line.number}; ` +
                'each task needs its own id (give the newer task the next unused number)');
        }
        seen.set(match.id, line.number);
        const task = {
            id: match.id,
            line: line.number,
            done: match.done,
            parallel: match.parallel,
            description: match.description,
            paths: pathsIn(match.description),
            dependsOn: dependenciesIn(match.description),
        };
        if (match.story)
            task.story = match.story;
        if (match.owner)
            task.owner = match.owner;
        if (phase) {
            task.phase = phase.title;
            if (phase.taskIds.length === 0 && !doc.phases.includes(phase))
                doc.phases.push(phase);
            phase.taskIds.push(match.id);
        }
        if (section !== undefined)
            task.section = section;
        doc.tasks.push(task);
    }
    doc.phases.sort((a, b) => a.line - b.line);
    return doc;
}
/** The heading text without the optional closing `#` sequence (`## Setup ##`). */
function headingTitle(raw) {
    const text = raw.trim();
    let end = text.length;
    while (end > 0 && text[end - 1] === '#')
        end--;
    if (end === text.length)
        return text;
    const before = text.slice(0, end);
    // `## C#` keeps its hash: a closing sequence must follow a space.
    return before === '' || /[ \t]$/.test(before) ? before.trim() : text;
}


/***/ }),

/***/ 5747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ DONE_COMMENT),
/* harmony export */   DP: () => (/* binding */ matchTaskLine),
/* harmony export */   kA: () => (/* binding */ OWNER_COMMENT)
/* harmony export */ });
// `- [ ] T012 ...`: a list bullet (any indentation, so nested items count), a
// checkbox, then the id, which must end at whitespace or the end of the line
// (`T012a` is not an id).
const TASK_LINE = /^([ \t]*[-*+][ \t]+\[)([ xX])\][ \t]+(T\d{3,})(?=[ \t]|$)(.*)$/;
const LABEL = /^[ \t]*\[(P|US\d+)\]/;
/**
 * The HTML comment the updater appends to a finished task. Only a comment of
 * exactly this shape at the very end of the line is ours to replace or remove.
 * (No leading `[ \t]*` in the pattern: on a line of many spaces that would
 * backtrack quadratically; callers trim the space before it themselves.)
 */
const DONE_COMMENT = /<!-- (?:done|merged): [^<>\r\n]*? -->(?=[ \t]*$)/;
/** `<!-- owner: impl-2 -->`, written by `orchestrator plan --apply` (see owner-comment.ts). */
const OWNER_COMMENT = /<!-- owner: ([A-Za-z0-9][A-Za-z0-9._-]{0,63}) -->/;
function matchTaskLine(content) {
    const m = content.match(TASK_LINE);
    if (!m)
        return undefined;
    let rest = m[4];
    let parallel = false;
    let story;
    for (let label = rest.match(LABEL); label; label = rest.match(LABEL)) {
        if (label[1] === 'P')
            parallel = true;
        else
            story ??= label[1];
        rest = rest.slice(label[0].length);
    }
    const owner = rest.match(OWNER_COMMENT);
    return {
        ...(owner ? { owner: owner[1] } : {}),
        id: m[3],
        done: m[2] !== ' ',
        checkboxOffset: m[1].length,
        parallel,
        story,
        description: rest.replace(DONE_COMMENT, '').replace(OWNER_COMMENT, '').trim(),
    };
}


/***/ }),

/***/ 403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ taskReferences)
/* harmony export */ });
/* harmony import */ var _id_list__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6225);

// A completion keyword right before an id list, optionally with a colon:
// `closes T012`, `Done: T012 and T013`. Kept to one line on purpose.
const KEYWORD = /(?<![A-Za-z0-9_])(?:done|close[sd]?|fix(?:e[sd])?|complete[sd]?|resolve[sd]?)(?![A-Za-z0-9_])[ \t]*:?[ \t]*/gi;
// A trailer in the last paragraph: `Tasks: T012, T013`.
const TRAILER = /^[ \t]*(?:tasks?|done|closes)[ \t]*:[ \t]*/i;
/**
 * The task ids a commit message refers to, in order of first appearance, each
 * once, and whether the message marks it done. `TASK_REFERENCE_RULES` states
 * the rules for people; this is their implementation.
 */
function taskReferences(message) {
    const text = message.replace(/\r\n?/g, '\n');
    const lines = text.split('\n');
    const done = new Set();
    const markDone = (line, index) => {
        for (const id of (0,_id_list__WEBPACK_IMPORTED_MODULE_0__/* .readIdList */ .W)(line, index).ids)
            done.add(id);
    };
    const subject = lines.findIndex((line) => line.trim() !== '');
    if (subject !== -1) {
        const line = lines[subject];
        const leading = line.length - line.trimStart().length;
        const list = (0,_id_list__WEBPACK_IMPORTED_MODULE_0__/* .readIdList */ .W)(line, leading);
        if (list.ids.length > 0 && /^[ \t]*:/.test(line.slice(list.end)))
            markDone(line, leading);
    }
    for (const line of lines) {
        for (const m of line.matchAll(KEYWORD))
            markDone(line, m.index + m[0].length);
    }
    for (const line of lastParagraph(lines)) {
        const trailer = line.match(TRAILER);
        if (trailer)
            for (const { id } of (0,_id_list__WEBPACK_IMPORTED_MODULE_0__/* .findIds */ .a)(line))
                done.add(id);
    }
    const seen = new Set();
    const references = [];
    for (const { id } of (0,_id_list__WEBPACK_IMPORTED_MODULE_0__/* .findIds */ .a)(text)) {
        if (seen.has(id))
            continue;
        seen.add(id);
        references.push({ id, done: done.has(id) });
    }
    return references;
}
/** The lines after the last blank line (the whole message if it has no blank line). */
function lastParagraph(lines) {
    let end = lines.length;
    while (end > 0 && lines[end - 1].trim() === '')
        end--;
    let start = end;
    while (start > 0 && lines[start - 1].trim() !== '')
        start--;
    return lines.slice(start, end);
}


/***/ })

};
