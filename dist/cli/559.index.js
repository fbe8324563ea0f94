export const id = 559;
export const ids = [559];
export const modules = {

/***/ 5559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dashboardCommand: () => (/* binding */ dashboardCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/confine-path.ts
var confine_path = __webpack_require__(7086);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./shared/dashboard/site.ts + 13 modules
var site = __webpack_require__(9381);
// EXTERNAL MODULE: ./shared/naming/validate.ts
var validate = __webpack_require__(919);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(1581);
// EXTERNAL MODULE: ./shared/text/quote.ts
var quote = __webpack_require__(8646);
;// CONCATENATED MODULE: ./shared/dashboard/write-site.ts






/**
 * Writes the rendered site (paths under SITE_DIR) to `dir` (absolute), beside
 * it first and then swapped in, so an open page never shows half a site.
 * Returns the index page's path.
 */
function writeSite(dir, files) {
    const next = `${dir}.next-${process.pid}`;
    (0,external_node_fs_.rmSync)(next, { recursive: true, force: true });
    for (const [path, html] of files) {
        const target = (0,external_node_path_.join)(next, path.slice(site/* SITE_DIR */.wW.length + 1));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
        (0,external_node_fs_.writeFileSync)(target, html);
    }
    try {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(dir), { recursive: true });
        (0,external_node_fs_.renameSync)(next, dir);
    }
    catch (e) {
        (0,external_node_fs_.rmSync)(next, { recursive: true, force: true });
        throw new errors/* InputError */.dz(`could not write the dashboard to ${(0,quote/* quote */.hD)(dir)}: ${e.message}`);
    }
    // Built by string, not path.resolve(dir, '<file>'): ncc's asset relocation rewrites that call into a path inside the bundle.
    return `${dir}${external_node_path_.sep}index.html`;
}
/** Opens a file in the desktop's browser without a shell; a failure is a warning (the path is printed anyway). */
function openInBrowser(path, logger) {
    const [command, args] = process.platform === 'darwin' ? ['open', [path]] : process.platform === 'win32' ? ['explorer.exe', [path]] : ['xdg-open', [path]];
    try {
        const child = (0,external_node_child_process_.spawn)(command, args, { detached: true, stdio: 'ignore' });
        child.on('error', (e) => logger.warning(`could not open a browser (${command}: ${e.message}); open ${path} yourself`));
        child.unref();
    }
    catch (e) {
        logger.warning(`could not open a browser (${command}: ${e.message}); open ${path} yourself`);
    }
}

// EXTERNAL MODULE: ./shared/commands/open-workspace.ts + 9 modules
var open_workspace = __webpack_require__(731);
// EXTERNAL MODULE: ./shared/workspace/common-options.ts
var common_options = __webpack_require__(4362);
;// CONCATENATED MODULE: ./shared/commands/dashboard.ts








const dashboardCommand = {
    name: 'dashboard',
    summary: 'Render the web dashboard (the docs/ site of the state branch) from the current state into a folder, and optionally open it.',
    options: [
        { name: 'dir', type: 'string', description: 'Folder to write the site to (default: orchestrator-dashboard in the temporary folder).' },
        { name: 'open', type: 'boolean', default: 'false', description: 'Open the dashboard in the default browser.' },
        ...common_options/* COMMON_OPTIONS */.D,
    ],
    outputs: [],
    async run(values, ctx) {
        const given = values.string('dir');
        // A folder in the workspace or the temporary folder is reached without a symbolic link (an absolute one elsewhere is the person's).
        const dir = given
            ? (0,external_node_path_.isAbsolute)(given)
                ? given
                : (0,confine_path/* confineOutput */.Sr)((0,validate/* validateRepoPath */.uC)(given, '--dir'), '--dir', ctx, { folder: true }).path
            : (0,confine_path/* confineOutput */.Sr)((0,external_node_path_.join)(ctx.tempDir, 'orchestrator-dashboard'), '--dir', ctx, { folder: true }).path;
        const { store } = await (0,open_workspace/* openCommandWorkspace */.J)(values, ctx);
        const snapshot = await store.read();
        const files = (0,site/* renderSite */.Eg)(snapshot.projection);
        const index = writeSite(dir, files);
        if (values.bool('open'))
            openInBrowser(index, ctx.logger);
        const features = Object.keys(snapshot.projection.features).length;
        return {
            exitCode: 0,
            outputs: {},
            text: `Dashboard of ${features} feature(s) from state ${snapshot.commit?.slice(0, 7) ?? '(empty)'}: ${(0,external_node_url_.pathToFileURL)(index).href}`,
            json: { dir, index, url: (0,external_node_url_.pathToFileURL)(index).href, files: files.length, commit: snapshot.commit },
        };
    },
};


/***/ })

};
