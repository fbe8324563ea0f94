export const id = 358;
export const ids = [358];
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
        rule: 'an implementor may log only task-updated, test-result, blocker-raised and agent-usage events for its own branch',
    },
    {
        command: 'events log-usage',
        implementor: 'own',
        rule: 'an implementor may log only its own usage (its own branch)',
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
const IMPLEMENTOR_LOG_KINDS = ['task-updated', 'test-result', 'blocker-raised', 'agent-usage'];
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


/***/ })

};
