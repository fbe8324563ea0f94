export const id = 642;
export const ids = [642];
export const modules = {

/***/ 9642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  integrateOrderCommand: () => (/* binding */ integrateOrderCommand)
});

// EXTERNAL MODULE: ./shared/detect-conflicts/detect-conflicts.ts + 39 modules
var detect_conflicts = __webpack_require__(2406);
// EXTERNAL MODULE: ./shared/naming/branch-pattern.ts
var branch_pattern = __webpack_require__(5748);
;// CONCATENATED MODULE: ./shared/detect-conflicts/feature-scan.ts

/** A scan of one feature's branches as they are now, recording and announcing nothing (what integrate-order orders). */
function featureScanOptions(naming, spec, maxParallel) {
    return {
        scope: 'feature',
        branches: [(0,branch_pattern/* branchGlob */.Fx)(naming, spec)],
        maxParallel,
        notify: 'none',
        label: 'merge-conflict',
        record: false,
    };
}

// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/integrate/merge-order.ts
var merge_order = __webpack_require__(5043);
// EXTERNAL MODULE: ./shared/integrate/order-input.ts
var order_input = __webpack_require__(2631);
;// CONCATENATED MODULE: ./shared/integrate/order-from-scan.ts




/**
 * The second half of `orchestrator integrate-order`: given a fresh scan of the
 * feature's branches (detect-conflicts, nothing recorded; the command composes
 * the two), reads pull requests and check results from the state and orders
 * the implementor merges.
 */
async function orderFromScan(report, options, deps) {
    const { spec } = options;
    const { config, store, ctx } = deps;
    ctx.progress?.(`Reading pull requests and checks from ${store.branch}...`);
    const snapshot = await store.read();
    const input = (0,order_input/* orderInputFromReport */.vY)(report, spec, snapshot.projection, options.guard);
    if (!input)
        throw new errors/* InputError */.dz(`spec-id ${spec} has no overseer branch on ${deps.remote} (${(0,branch_pattern/* branchGlob */.Fx)(config.branches, spec)}); run init-feature for it first`);
    return (0,merge_order/* mergeOrder */.l)(input);
}

// EXTERNAL MODULE: ./shared/integrate/render-order.ts
var render_order = __webpack_require__(1285);
// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(89);
// EXTERNAL MODULE: ./shared/commands/open-workspace.ts + 38 modules
var open_workspace = __webpack_require__(5383);
// EXTERNAL MODULE: ./shared/commands/identity.ts
var identity = __webpack_require__(2707);
// EXTERNAL MODULE: ./shared/workspace/common-options.ts
var common_options = __webpack_require__(5128);
;// CONCATENATED MODULE: ./shared/commands/integrate-order.ts






const integrateOrderCommand = {
    name: 'integrate-order',
    summary: 'The order in which to merge the implementor pull requests into the overseer so that the fewest merges hit a conflict, with the reason per step; pull requests with failing checks or guard violations are held back.',
    options: [
        identity/* SPEC_ID_OR_IDENTITY */.pY,
        { name: 'max-parallel', type: 'integer', min: 1, max: 64, description: 'Concurrent git merges (default: the number of CPUs).' },
        ...common_options/* COMMON_OPTIONS */.D,
    ],
    outputs: [
        { name: 'order', description: 'JSON array of the steps: branch, agent, pull request, predicted conflict, reason.' },
        { name: 'new-conflicts', description: 'Merges in this order predicted to hit a conflict that did not exist before.' },
        { name: 'held-back', description: 'JSON array of the pull requests held back and why (failing checks, guard violations).' },
    ],
    async run(values, ctx) {
        const ws = await (0,open_workspace/* openCommandWorkspace */.J)(values, ctx);
        const deps = { ...ws, ctx };
        const spec = (0,validate/* validateSpecId */.zx)(await (0,identity/* featureOrIdentity */.Eg)(values, 'spec-id', ctx, ws));
        // Scan + order: the feature's branches scanned now (nothing recorded), then ordered with the state's pull requests and checks.
        const scan = await (0,detect_conflicts/* detectConflicts */.R)(featureScanOptions(ws.config.branches, spec, values.int('max-parallel')), deps);
        const order = await orderFromScan(scan.report, { spec }, deps);
        return {
            exitCode: 0,
            outputs: {
                order: JSON.stringify(order.steps),
                'new-conflicts': String(order.newConflicts),
                'held-back': JSON.stringify(order.heldBack),
            },
            summary: (0,render_order/* renderOrderMarkdown */.oC)(order, 2).join('\n'),
            text: (0,render_order/* renderOrderText */.cz)(order),
            json: order,
        };
    },
};


/***/ })

};
