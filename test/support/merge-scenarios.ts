import { rawKey, type TreeSpec } from './plumbing'

/**
 * Merge scenarios modelled on the kinds of merges git's own test suite covers
 * (t4301-merge-tree-write-tree, t6422 modify/delete, t6423 directory renames,
 * t6416 rename/rename, t6404 criss-cross): written here, not copied. Each is a
 * base, and the changes of a left and a right branch on it. The verdict and
 * files are never written down: tests compare them with raw `git merge-tree`.
 * `kinds` is what our engine must call each conflicted path.
 */
export interface MergeScenario {
  name: string
  base: TreeSpec
  left: TreeSpec
  right: TreeSpec
  /** Our kind for each conflicted path (displayed form; `~SIDE` stands for git's `~<commit>` suffix of a path moved out of the way). */
  kinds?: Record<string, string>
  /** Conflicts git reports with no file entry. */
  messageOnly?: boolean
  /** Special shapes built by the test: criss-cross history, unrelated histories. */
  shape?: 'criss-cross' | 'unrelated'
}

const lines = (...xs: string[]): string => xs.map((x) => `${x}\n`).join('')
const five = lines('line1', 'line2', 'line3', 'line4', 'line5')
const ten = lines(...Array.from({ length: 10 }, (_, i) => `row ${i + 1}`))
const LATIN1_NAME = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x74, 0x78, 0x74]) // "café.txt" in latin1: not UTF-8
const LONG_PATH = `${'d'.repeat(200)}/${'e'.repeat(200)}/${'f'.repeat(200)}/${'g'.repeat(200)}/${'h'.repeat(200)}/long.txt`

export const SCENARIOS: MergeScenario[] = [
  // ---- content conflicts at every position ---------------------------------
  {
    name: 'content-middle',
    base: { 'f.txt': five },
    left: { 'f.txt': lines('line1', 'line2', 'LEFT', 'line4', 'line5') },
    right: { 'f.txt': lines('line1', 'line2', 'RIGHT', 'line4', 'line5') },
    kinds: { 'f.txt': 'content' },
  },
  {
    name: 'content-start',
    base: { 'f.txt': five },
    left: { 'f.txt': lines('LEFT', 'line2', 'line3', 'line4', 'line5') },
    right: { 'f.txt': lines('RIGHT', 'line2', 'line3', 'line4', 'line5') },
    kinds: { 'f.txt': 'content' },
  },
  {
    name: 'content-end',
    base: { 'f.txt': five },
    left: { 'f.txt': lines('line1', 'line2', 'line3', 'line4', 'LEFT') },
    right: { 'f.txt': lines('line1', 'line2', 'line3', 'line4', 'RIGHT') },
    kinds: { 'f.txt': 'content' },
  },
  {
    name: 'two-hunks',
    base: { 'f.txt': ten },
    left: { 'f.txt': ten.replace('row 2\n', 'L2\n').replace('row 9\n', 'L9\n') },
    right: { 'f.txt': ten.replace('row 2\n', 'R2\n').replace('row 9\n', 'R9\n') },
    kinds: { 'f.txt': 'content' },
  },
  {
    name: 'unequal-hunk-sizes',
    base: { 'f.txt': ten },
    left: { 'f.txt': ten.replace('row 5\n', 'a\nb\nc\nd\n') },
    right: { 'f.txt': ten.replace('row 5\n', 'x\n') },
    kinds: { 'f.txt': 'content' },
  },
  {
    name: 'clean-insertions-around',
    base: { 'f.txt': ten },
    left: { 'f.txt': `top\n${ten.replace('row 6\n', 'L6\n')}` },
    right: { 'f.txt': `${ten.replace('row 6\n', 'R6\n')}bottom\n` },
    kinds: { 'f.txt': 'content' },
  },
  // ---- one side deletes what the other changes (empty sides) ----------------
  {
    name: 'delete-middle',
    base: { 'f.txt': five },
    left: { 'f.txt': lines('line1', 'line2', 'line4', 'line5') },
    right: { 'f.txt': lines('line1', 'line2', 'CHANGED', 'line4', 'line5') },
    kinds: { 'f.txt': 'content' },
  },
  {
    name: 'delete-start',
    base: { 'f.txt': five },
    left: { 'f.txt': lines('line2', 'line3', 'line4', 'line5') },
    right: { 'f.txt': lines('CHANGED', 'line2', 'line3', 'line4', 'line5') },
    kinds: { 'f.txt': 'content' },
  },
  {
    name: 'delete-end',
    base: { 'f.txt': five },
    left: { 'f.txt': lines('line1', 'line2', 'line3', 'line4') },
    right: { 'f.txt': lines('line1', 'line2', 'line3', 'line4', 'CHANGED') },
    kinds: { 'f.txt': 'content' },
  },
  {
    name: 'right-deletes-middle',
    base: { 'f.txt': five },
    left: { 'f.txt': lines('line1', 'line2', 'CHANGED', 'line4', 'line5') },
    right: { 'f.txt': lines('line1', 'line2', 'line4', 'line5') },
    kinds: { 'f.txt': 'content' },
  },
  {
    name: 'file-emptied',
    base: { 'f.txt': lines('only') },
    left: { 'f.txt': '' },
    right: { 'f.txt': lines('changed') },
    kinds: { 'f.txt': 'content' },
  },
  {
    name: 'both-delete-same',
    base: { 'f.txt': five },
    left: { 'f.txt': lines('line1', 'line2', 'line4', 'line5') },
    right: { 'f.txt': lines('line1', 'line2', 'line4', 'line5') },
  },
  // ---- line endings ----------------------------------------------------------
  {
    name: 'no-final-newline',
    base: { 'f.txt': 'a\nb\nc' },
    left: { 'f.txt': 'a\nb\nLEFT' },
    right: { 'f.txt': 'a\nb\nRIGHT' },
    kinds: { 'f.txt': 'content' },
  },
  {
    name: 'newline-added-vs-changed',
    base: { 'f.txt': 'a\nb\nc' },
    left: { 'f.txt': 'a\nb\nc\n' },
    right: { 'f.txt': 'a\nb\nC' },
    kinds: { 'f.txt': 'content' },
  },
  {
    name: 'crlf',
    base: { 'f.txt': 'a\r\nb\r\nc\r\n' },
    left: { 'f.txt': 'a\r\nLEFT\r\nc\r\n' },
    right: { 'f.txt': 'a\r\nRIGHT\r\nc\r\n' },
    kinds: { 'f.txt': 'content' },
  },
  // ---- lines that look like markers ------------------------------------------
  {
    name: 'markdown-underlines',
    base: { 'd.md': lines('Title', '=======', '', 'text', 'Other', '=======') },
    left: { 'd.md': lines('Title', '=======', '', 'left text', 'Left', '=======', 'x') },
    right: { 'd.md': lines('Title', '=======', '', 'right text', 'Right', '=======', 'y') },
    kinds: { 'd.md': 'content' },
  },
  {
    name: 'git-docs',
    base: { 'g.md': lines('intro', 'end') },
    left: { 'g.md': lines('intro', '<<<<<<< HEAD', 'ours', '=======', 'theirs', '>>>>>>> topic', 'end') },
    right: { 'g.md': lines('intro', 'plain', 'end') },
    kinds: { 'g.md': 'content' },
  },
  {
    name: 'separator-in-both',
    base: { 'h.rst': lines('a', 'b') },
    left: { 'h.rst': lines('a', '=======', 'L', 'b') },
    right: { 'h.rst': lines('a', '=======', 'R', '=======', 'b') },
    kinds: { 'h.rst': 'content' },
  },
  {
    name: 'repeated-braces',
    base: { 'c.js': lines('f() {', '}', 'g() {', '}', 'h() {', '}') },
    left: { 'c.js': lines('f() {', '}', 'g() {', '  left()', '}', 'h() {', '}') },
    right: { 'c.js': lines('f() {', '}', 'g() {', '  right()', '}', 'h() {', '}') },
    kinds: { 'c.js': 'content' },
  },
  // ---- whole-file conflicts -----------------------------------------------------
  {
    name: 'modify-delete',
    base: { 'f.txt': five },
    left: { 'f.txt': five.replace('line3', 'L3') },
    right: { 'f.txt': null },
    kinds: { 'f.txt': 'modify/delete' },
  },
  {
    name: 'delete-modify',
    base: { 'f.txt': five },
    left: { 'f.txt': null },
    right: { 'f.txt': five.replace('line3', 'R3') },
    kinds: { 'f.txt': 'modify/delete' },
  },
  {
    name: 'add-add',
    base: { 'keep.txt': 'k\n' },
    left: { 'new.txt': lines('a', 'left') },
    right: { 'new.txt': lines('a', 'right') },
    kinds: { 'new.txt': 'add/add' },
  },
  { name: 'add-add-identical', base: { 'keep.txt': 'k\n' }, left: { 'new.txt': lines('same') }, right: { 'new.txt': lines('same') } },
  {
    name: 'identical-changes',
    base: { 'f.txt': five },
    left: { 'f.txt': five.replace('line3', 'SAME') },
    right: { 'f.txt': five.replace('line3', 'SAME') },
  },
  { name: 'disjoint-files', base: { 'a.txt': 'a\n', 'b.txt': 'b\n' }, left: { 'a.txt': 'A\n' }, right: { 'b.txt': 'B\n' } },
  // ---- renames ---------------------------------------------------------------------
  {
    name: 'rename-rename-1to2',
    base: { 'orig.txt': ten },
    left: { 'orig.txt': null, 'left-name.txt': ten },
    right: { 'orig.txt': null, 'right-name.txt': ten },
    kinds: { 'orig.txt': 'rename', 'left-name.txt': 'rename', 'right-name.txt': 'rename' },
  },
  {
    name: 'rename-rename-2to1',
    base: { 'a.txt': ten, 'b.txt': ten.replace(/row/g, 'item') },
    left: { 'a.txt': null, 'c.txt': ten },
    right: { 'b.txt': null, 'c.txt': ten.replace(/row/g, 'item') },
    kinds: { 'c.txt': 'add/add' },
  },
  {
    name: 'rename-delete',
    base: { 'orig.txt': ten },
    left: { 'orig.txt': null, 'moved.txt': ten },
    right: { 'orig.txt': null },
    kinds: { 'moved.txt': 'rename' },
  },
  {
    name: 'rename-modify-clean',
    base: { 'orig.txt': ten },
    left: { 'orig.txt': null, 'moved.txt': ten },
    right: { 'orig.txt': ten.replace('row 5', 'R5') },
  },
  {
    name: 'rename-and-content',
    base: { 'orig.txt': ten },
    left: { 'orig.txt': null, 'moved.txt': ten.replace('row 5', 'L5') },
    right: { 'orig.txt': ten.replace('row 5', 'R5') },
    kinds: { 'moved.txt': 'content' },
  },
  {
    name: 'dir-rename-clean',
    base: { 'x/a.txt': 'a\n', 'x/b.txt': 'b\n' },
    left: { 'x/a.txt': null, 'x/b.txt': null, 'z/a.txt': 'a\n', 'z/b.txt': 'b\n' },
    right: { 'x/c.txt': 'c\n' },
  },
  {
    name: 'implicit-dir-rename-in-the-way',
    base: { 'x/a.txt': 'a\n', 'x/b.txt': 'b\n' },
    left: { 'x/a.txt': null, 'x/b.txt': null, 'z/a.txt': 'a\n', 'z/b.txt': 'b\n' },
    right: { 'x/c.txt': 'new\n', 'z/c.txt': 'blocker\n' },
    messageOnly: true,
  },
  // ---- types, modes, binary, submodules ------------------------------------------------
  {
    name: 'file-directory',
    base: { 'keep.txt': 'k\n' },
    left: { thing: 'a file\n' },
    right: { 'thing/inner.txt': 'in a folder\n' },
    kinds: { 'thing~SIDE': 'file/directory' },
  },
  {
    name: 'file-vs-symlink',
    base: { link: 'text\n' },
    left: { link: 'changed text\n' },
    right: { link: { symlink: 'target.txt' } },
    kinds: { link: 'distinct types', 'link~SIDE': 'distinct types' },
  },
  {
    name: 'symlink-targets',
    base: { link: { symlink: 'a' } },
    left: { link: { symlink: 'left-target' } },
    right: { link: { symlink: 'right-target' } },
    kinds: { link: 'content' },
  },
  {
    name: 'mode-and-content',
    base: { 'run.sh': lines('echo 1', 'echo 2', 'echo 3') },
    left: { 'run.sh': { exec: lines('echo 1', 'echo L', 'echo 3') } },
    right: { 'run.sh': lines('echo 1', 'echo R', 'echo 3') },
    kinds: { 'run.sh': 'content' },
  },
  {
    name: 'binary',
    base: { 'img.bin': { bytes: Buffer.from([0, 1, 2, 3, 4]) } },
    left: { 'img.bin': { bytes: Buffer.from([0, 1, 9, 3, 4]) } },
    right: { 'img.bin': { bytes: Buffer.from([0, 1, 8, 3, 4]) } },
    kinds: { 'img.bin': 'binary' },
  },
  {
    name: 'submodule',
    base: { sub: { gitlink: '1'.repeat(40) } },
    left: { sub: { gitlink: '2'.repeat(40) } },
    right: { sub: { gitlink: '3'.repeat(40) } },
    kinds: { sub: 'submodule' },
  },
  // ---- odd paths -------------------------------------------------------------------------
  {
    name: 'path-space',
    base: { 'my file.txt': five },
    left: { 'my file.txt': five.replace('line2', 'L') },
    right: { 'my file.txt': five.replace('line2', 'R') },
    kinds: { 'my file.txt': 'content' },
  },
  {
    name: 'path-tab',
    base: { 'tab\there.txt': five },
    left: { 'tab\there.txt': five.replace('line2', 'L') },
    right: { 'tab\there.txt': five.replace('line2', 'R') },
    kinds: { '"tab\\there.txt"': 'content' },
  },
  {
    name: 'path-newline',
    base: { 'new\nline.txt': five },
    left: { 'new\nline.txt': five.replace('line2', 'L') },
    right: { 'new\nline.txt': five.replace('line2', 'R') },
    kinds: { '"new\\nline.txt"': 'content' },
  },
  {
    name: 'path-cr',
    base: { 'x\r::warning::INJECTED': five },
    left: { 'x\r::warning::INJECTED': five.replace('line2', 'L') },
    right: { 'x\r::warning::INJECTED': five.replace('line2', 'R') },
    kinds: { '"x\\r::warning::INJECTED"': 'content' },
  },
  {
    name: 'path-u2028',
    base: { 'sep\u2028name.txt': five },
    left: { 'sep\u2028name.txt': five.replace('line2', 'L') },
    right: { 'sep\u2028name.txt': five.replace('line2', 'R') },
    kinds: { '"sep\\342\\200\\250name.txt"': 'content' },
  },
  {
    name: 'path-nel',
    base: { 'nel\u0085name.txt': five },
    left: { 'nel\u0085name.txt': five.replace('line2', 'L') },
    right: { 'nel\u0085name.txt': five.replace('line2', 'R') },
    kinds: { '"nel\\302\\205name.txt"': 'content' },
  },
  {
    name: 'path-not-utf8',
    base: { [rawKey(LATIN1_NAME)]: five },
    left: { [rawKey(LATIN1_NAME)]: five.replace('line2', 'L') },
    right: { [rawKey(LATIN1_NAME)]: five.replace('line2', 'R') },
    kinds: { '"caf\\351.txt"': 'content' },
  },
  {
    name: 'path-unicode',
    base: { 'café/naïve.txt': five },
    left: { 'café/naïve.txt': five.replace('line2', 'L') },
    right: { 'café/naïve.txt': five.replace('line2', 'R') },
    kinds: { 'café/naïve.txt': 'content' },
  },
  {
    name: 'path-leading-dash',
    base: { '-rf': five },
    left: { '-rf': five.replace('line2', 'L') },
    right: { '-rf': five.replace('line2', 'R') },
    kinds: { '-rf': 'content' },
  },
  {
    name: 'path-very-long',
    base: { [LONG_PATH]: five },
    left: { [LONG_PATH]: five.replace('line2', 'L') },
    right: { [LONG_PATH]: five.replace('line2', 'R') },
    kinds: { [LONG_PATH]: 'content' },
  },
  // ---- histories ---------------------------------------------------------------------------
  {
    name: 'criss-cross',
    base: { 'f.txt': ten },
    left: { 'f.txt': ten.replace('row 8', 'L8') },
    right: { 'f.txt': ten.replace('row 8', 'R8') },
    kinds: { 'f.txt': 'content' },
    shape: 'criss-cross',
  },
  {
    name: 'unrelated',
    base: { 'f.txt': five },
    left: { 'f.txt': five.replace('line1', 'L') },
    right: { 'g.txt': 'other root\n' },
    shape: 'unrelated',
  },
]
