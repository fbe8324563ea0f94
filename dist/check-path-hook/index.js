import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 8868:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _hook__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6969);



/**
 * `orchestrator-hook [--block] [--no-record] [--remote R] [--config F]`: the
 * PreToolUse hook as its own small bundle (dist/check-path-hook), because it
 * runs before every edit and node loads a small bundle several times faster
 * than the whole CLI. Same answers as `orchestrator check-path --hook`. It
 * always exits 0: a hook of ours must never fail an agent's edit.
 */
async function main(argv) {
    const value = (name) => {
        const at = argv.indexOf(name);
        return at >= 0 ? argv[at + 1] : undefined;
    };
    // The full CLI beside this script's bin (bin/orchestrator-hook.js → bin/orchestrator.js) records in the background.
    let cliScript;
    try {
        cliScript = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(process.argv[1])), 'orchestrator.js');
    }
    catch {
        cliScript = undefined;
    }
    return (0,_hook__WEBPACK_IMPORTED_MODULE_2__/* .answerHook */ .U)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(0, 'utf8'), {
        block: argv.includes('--block'),
        record: !argv.includes('--no-record'),
        remote: value('--remote') ?? 'origin',
        configPath: value('--config'),
        cliScript,
        now: new Date(),
        cwd: process.cwd(),
        debug: (m) => {
            if (process.env.ORCHESTRATOR_DEBUG)
                process.stderr.write(`debug: ${m}\n`);
        },
    });
}
try {
    const out = await main(process.argv.slice(2));
    if (out)
        process.stdout.write(`${out}\n`);
}
catch {
    /* never fail the edit */
}
process.exitCode = 0;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6969:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  U: () => (/* binding */ answerHook)
});

// UNUSED EXPORTS: logHookProblem

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./shared/errors.ts
/**
 * Typed errors. The exit code tells the caller what kind of failure it was:
 *   1 — the thing that was checked failed (conflicts found, tests failed, guard violated)
 *   2 — usage, configuration, input or environment error (including git failures)
 */
class OrchestratorError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** A bad value given by the user: an input, a flag or an argument. */
class errors_InputError extends OrchestratorError {
    exitCode = 2;
}
/** A bad configuration file or setting. */
class ConfigurationError extends OrchestratorError {
    exitCode = 2;
}
/** The checked thing failed: conflicts exist, tests failed, the role guard was violated. */
class CheckFailedError extends (/* unused pure expression or super */ null && (OrchestratorError)) {
    exitCode = 1;
}
/** A git command failed unexpectedly; carries the command line and stderr. */
class errors_GitError extends OrchestratorError {
    args;
    stderr;
    gitExitCode;
    exitCode = 2;
    constructor(message, args, stderr, gitExitCode, options) {
        super(message, options);
        this.args = args;
        this.stderr = stderr;
        this.gitExitCode = gitExitCode;
    }
}
/** The state branch could not be updated (lost every compare-and-swap race, corrupt log...). */
class StateError extends OrchestratorError {
    exitCode = 2;
}
/** A GitHub API call failed in a way the user can act on. */
class GitHubError extends OrchestratorError {
    status;
    exitCode = 2;
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
    }
}
function exitCodeOf(error) {
    return error instanceof OrchestratorError ? error.exitCode : 2;
}
function messageOf(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}

;// CONCATENATED MODULE: ./shared/text/controls.ts
/**
 * The character classes that hide, reorder or break text, defined once. Every
 * neutraliser, validator and escaper builds its pattern from these, so a call
 * site names the classes it means instead of writing a range by hand (and a
 * range cannot be wrong in one place only).
 */
/** C0 controls, U+0000-U+001F (tab and line breaks included: use `except` to keep them). */
const C0 = [[0x00, 0x1f]];
/** DEL. */
const DEL = [[0x7f, 0x7f]];
/** C1 controls, U+0080-U+009F: NEL and the 8-bit CSI among them. */
const C1 = [[0x80, 0x9f]];
/** Bidirectional marks, embeddings, overrides and isolates: they reorder what a reader sees. */
const BIDI = [
    [0x061c, 0x061c],
    [0x200e, 0x200f],
    [0x202a, 0x202e],
    [0x2066, 0x2069],
];
/** U+2028 and U+2029, which JavaScript, editors and some renderers treat as line breaks. */
const LINE_SEPARATORS = [[0x2028, 0x2029]];
/** Zero-width and invisible format characters (spaces, joiners, invisible operators, BOM). */
const ZERO_WIDTH = [
    [0x200b, 0x200d],
    [0x2060, 0x206f],
    [0xfeff, 0xfeff],
];
/** Soft hyphen and Mongolian vowel separator: invisible in most fonts. */
const SOFT_MARKS = [
    [0x00ad, 0x00ad],
    [0x180e, 0x180e],
];
/** Every line break: LF, CR, NEL and the Unicode line and paragraph separators. */
const LINE_BREAK_CHARS = [[0x0a, 0x0a], [0x0d, 0x0d], [0x85, 0x85], ...LINE_SEPARATORS];
/** ESC, which starts every ANSI sequence. */
const ESC = '\u001b';
/** Control Sequence Introducer: colours (`CSI 31m`), erasing a line (`CSI K`). */
const CSI = (/* unused pure expression or super */ null && (`${ESC}[`));
/** ANSI escape sequences: CSI (7- and 8-bit), OSC (titles, links) and the two-character escapes. Global: for `replace` only. */
const controls_ANSI_ESCAPE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]|\u009b[0-?]*[ -/]*[@-~]/g;
/** Put where a marker (`@name`, `::command`) must show but not act. */
const controls_ZERO_WIDTH_SPACE = '\u200b';
const hex4 = (n) => n.toString(16).padStart(4, '0');
/** The body of a bracket expression for `classes`, without the characters in `except`. */
function classBody(classes, except) {
    const kept = new Set(Array.from(except, (c) => c.codePointAt(0)));
    const parts = [];
    const add = (from, to) => {
        if (from <= to)
            parts.push(from === to ? `\\u${hex4(from)}` : `\\u${hex4(from)}-\\u${hex4(to)}`);
    };
    for (const [from, to] of classes.flat()) {
        let start = from;
        for (let c = from; c <= to; c++) {
            if (!kept.has(c))
                continue;
            add(start, c - 1);
            start = c + 1;
        }
        add(start, to);
    }
    return parts.join('');
}
/** A pattern matching one character of any of `classes`, except those in `except`. */
function charPattern(classes, options = {}) {
    return new RegExp(`[${classBody(classes, options.except ?? '')}]`, options.flags ?? '');
}
/** `\uXXXX`, the escape JSON and JavaScript read back as the same character. */
function unicodeEscape(c) {
    return `\\u${hex4(c.charCodeAt(0))}`;
}

;// CONCATENATED MODULE: ./shared/text/quote.ts

// JSON.stringify has escaped C0 already; these would still hide or reorder the message.
const HIDDEN_AFTER_JSON = charPattern([C1, BIDI, LINE_SEPARATORS, ZERO_WIDTH], { flags: 'g' });
/** Shows a value safely inside an error message: control characters become escapes. */
function quote_quote(value) {
    const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    return JSON.stringify(shown).replace(HIDDEN_AFTER_JSON, unicodeEscape);
}
/** The longest path Linux takes (PATH_MAX): a path is shown whole up to it, since a cut path names no file. */
const PATH_MAX = 4096;
/** Shows a file path safely inside an error message, whole (quote cuts at 80 characters, which loses the file's name). */
function quote_quotePath(path) {
    const shown = path.length > PATH_MAX ? `${path.slice(0, PATH_MAX - 3)}...` : path;
    return JSON.stringify(shown).replace(HIDDEN_AFTER_JSON, unicodeEscape);
}
/** Any value from a configuration file or input, shown as its JSON (or its string form when JSON has none), quoted. */
function quoteValue(value) {
    return quote_quote(JSON.stringify(value) ?? String(value));
}

;// CONCATENATED MODULE: ./shared/confine-path.ts





const CONTROL = charPattern([C0, DEL]);
/**
 * The one gate for every path an input names (report-path, junit and
 * merge-reports globs, config, export files): the path, after every symlink
 * is followed, must lie inside the workspace or the temporary folder and not
 * inside a `.git` folder; `..` is refused outright, since `link/..` means
 * something else to the kernel than to a string normaliser. Returns the
 * absolute path to use. Refusals are InputErrors (exit 2), raised before
 * anything is written; the message names the input and the value.
 */
function confinePath(value, what, roots, options = {}) {
    const refuse = (why) => {
        throw new errors_InputError(`${what} ${quote_quotePath(value)} is not allowed: ${why}; expected a path inside the workspace (${roots.cwd}) or the temporary folder (${roots.tempDir}), outside .git`);
    };
    if (typeof value !== 'string' || value.trim() === '')
        refuse('it is empty');
    if (!options.allowControls && CONTROL.test(value))
        refuse('it contains control characters');
    if (value.includes('\u0000'))
        refuse('it contains a NUL character');
    if (value.split(/[/\\]/).includes('..'))
        refuse('it contains ".."');
    const absolute = (0,external_node_path_.isAbsolute)(value) ? (0,external_node_path_.resolve)(value) : (0,external_node_path_.resolve)(roots.cwd, value);
    const real = realPathOf(absolute);
    const inside = allowedRoots(roots).find((root) => real === root || real.startsWith(root.endsWith(external_node_path_.sep) ? root : `${root}${external_node_path_.sep}`));
    if (!inside)
        refuse(real === absolute ? 'it is outside the allowed folders' : `it leads to ${quote_quotePath(real)}, outside the allowed folders`);
    if ((0,external_node_path_.relative)(inside, real)
        .split(external_node_path_.sep)
        .some((segment) => segment.toLowerCase() === '.git'))
        refuse('it points into a .git folder');
    const stat = statOrNull(real);
    if (options.mustExist && !stat)
        refuse('no such file');
    if (stat && !stat.isFile())
        refuse(`it is ${stat.isDirectory() ? 'a folder' : 'not a regular file'}`);
    return real;
}
/**
 * Checks a folder that a glob is walked from (junit, merge-reports): it must
 * resolve inside the allowed folders. Returns its real path, or null when it
 * does not exist (nothing to walk).
 */
function confineFolder(folder, what, roots) {
    const real = realPathOf(resolve(folder));
    if (!statOrNull(real))
        return null;
    const inside = allowedRoots(roots).find((root) => real === root || real.startsWith(`${root}${sep}`));
    if (!inside ||
        relative(inside, real)
            .split(sep)
            .some((s) => s.toLowerCase() === '.git')) {
        throw new InputError(`${what}: folder ${quotePath(folder)} leads to ${quotePath(real)}, outside the workspace (${roots.cwd}) and the temporary folder (${roots.tempDir}); it is not read`);
    }
    return real;
}
function allowedRoots(roots) {
    return [roots.cwd, roots.tempDir].map((r) => realPathOf((0,external_node_path_.resolve)(r)));
}
/** The real path: symlinks of the deepest existing ancestor resolved, the missing rest appended as is. */
function realPathOf(absolute) {
    let existing = absolute;
    const rest = [];
    while (!statOrNull(existing)) {
        const parent = (0,external_node_path_.dirname)(existing);
        if (parent === existing)
            break;
        rest.unshift(existing.slice(parent.length).replace(/^[/\\]+/, ''));
        existing = parent;
    }
    let real;
    try {
        real = external_node_fs_.realpathSync.native(existing);
    }
    catch {
        // A dangling symlink: where it points is not known to be safe.
        real = (0,external_node_path_.join)(existing, '\u0000dangling');
    }
    return rest.length ? (0,external_node_path_.join)(real, ...rest) : real;
}
/** lstat, or null when nothing is there (a real path has no symlinks left, so lstat is stat there). */
function statOrNull(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        return null;
    }
}
/**
 * The one gate for every file we create or change inside a checkout or a git
 * folder (agents setup's settings, guides, role file, `.git/info/exclude`,
 * caches, logs, reports, pages): `path` (absolute, or relative to `root`) must
 * lie inside `root`, and every component below `root` is lstat'ed: a symbolic
 * link anywhere on the way or at the leaf (a dangling one too: its target is
 * never created) is refused, so is a folder or a device where a file belongs.
 * `root` itself is ours (the checkout's top level, the git folder). Returns
 * the absolute path; InputError (exit 2) naming the path otherwise.
 */
function confineWrite(root, path, what = 'file', given) {
    const absolute = (0,external_node_path_.resolve)(root, path);
    const rel = (0,external_node_path_.relative)(root, absolute);
    const shown = quote_quotePath(given ?? absolute);
    const refuse = (why) => {
        throw new errors_InputError(`${what} ${shown} cannot be written: ${why}; nothing was written`);
    };
    if (CONTROL.test(absolute))
        refuse('its path contains control characters');
    if (rel === '' || rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel))
        refuse(`it is not inside ${quote_quotePath(root)}`);
    const parts = rel.split(external_node_path_.sep);
    let at = root;
    for (const [i, part] of parts.entries()) {
        at = (0,external_node_path_.join)(at, part);
        const stat = statOrNull(at);
        if (!stat)
            break;
        const leaf = i === parts.length - 1;
        if (stat.isSymbolicLink())
            refuse(`${at === absolute ? 'it' : quote_quotePath(at)} is a symbolic link (to ${quote_quotePath(linkTarget(at))}), and we never write through one; replace it with a real ${leaf ? 'file' : 'folder'} or remove it`);
        if (!leaf && !stat.isDirectory())
            refuse(`${quote_quotePath(at)} is not a folder`);
        if (leaf && stat.isDirectory())
            refuse('it is a folder, where a file belongs; move it away');
        if (leaf && !stat.isFile())
            refuse('it is not a regular file');
    }
    return absolute;
}
/** The text of a file we are about to change, read through the same gate (no link followed), or null when it does not exist. */
function readConfined(root, path, what = 'file') {
    const absolute = confineWrite(root, path, what);
    if (!statOrNull(absolute))
        return null;
    return readFileSync(absolute, 'utf8');
}
/**
 * Writes `text` to `path` below `root` after confineWrite: missing folders are
 * made one at a time (each checked again once made), and the file is opened
 * with O_NOFOLLOW, so a link planted between the check and the write fails
 * instead of being followed.
 */
function writeConfined(root, path, text, what = 'file', options = {}) {
    const absolute = confineWrite(root, path, what);
    makeFoldersConfined(root, (0,external_node_path_.dirname)(absolute), what);
    const flags = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_NOFOLLOW | (options.append ? external_node_fs_.constants.O_APPEND : external_node_fs_.constants.O_TRUNC);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(absolute, flags, options.mode ?? 0o666);
    }
    catch (error) {
        if (error.code === 'ELOOP')
            confineWrite(root, path, what);
        throw new errors_InputError(`${what} ${quote_quotePath(absolute)} could not be written: ${error.message}; nothing was written`);
    }
    try {
        (0,external_node_fs_.writeSync)(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return absolute;
}
/** Makes `folder` (inside `root`) and the missing folders above it, one at a time, refusing links on the way. */
function makeFoldersConfined(root, folder, what = 'folder') {
    const rel = (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(root, folder));
    if (rel === '')
        return;
    let at = root;
    for (const part of rel.split(external_node_path_.sep)) {
        at = (0,external_node_path_.join)(at, part);
        if (!statOrNull(at)) {
            try {
                (0,external_node_fs_.mkdirSync)(at);
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
        }
        const stat = statOrNull(at);
        if (!stat || stat.isSymbolicLink() || !stat.isDirectory())
            throw new errors_InputError(`${what}: ${quote_quotePath(at)} is ${stat?.isSymbolicLink() ? `a symbolic link (to ${quote_quotePath(linkTarget(at))}), and we never write through one` : 'not a folder'}; nothing was written`);
    }
}
function linkTarget(path) {
    try {
        return (0,external_node_fs_.readlinkSync)(path);
    }
    catch {
        return '?';
    }
}
/** Replaces `path` whole (a temporary file beside it, then a rename), through the same gate: readers never see half a file. */
function replaceConfined(root, path, text, what = 'file') {
    const absolute = confineWrite(root, path, what);
    const temporary = `${absolute}.${process.pid}.tmp`;
    writeConfined(root, temporary, text, what);
    (0,external_node_fs_.renameSync)(temporary, absolute);
    return absolute;
}
/**
 * A file an input names for us to write (report-path, export files, the dashboard folder): confinePath's
 * checks, and then no symbolic link between the allowed folder it lies in and the file (a link there could
 * point at a workflow or a config inside the workspace). Returns the folder and the path for writeConfined.
 */
function confineOutput(value, what, roots, options = {}) {
    const real = options.folder ? null : confinePath(value, what, roots);
    const absolute = isAbsolute(value) ? resolve(value) : resolve(roots.cwd, value);
    const root = [roots.cwd, roots.tempDir].map((r) => resolve(r)).find((r) => absolute.startsWith(r.endsWith(sep) ? r : `${r}${sep}`));
    if (!root)
        throw new InputError(`${what} ${quotePath(value)} is not allowed: it reaches ${real ? quotePath(real) : 'the allowed folders'} through a symbolic link; expected a path inside the workspace (${roots.cwd}) or the temporary folder (${roots.tempDir}) without links`);
    if (options.folder) {
        if (CONTROL.test(value) ||
            value.split(/[/\\]/).includes('..') ||
            relative(root, absolute)
                .split(sep)
                .some((s) => s.toLowerCase() === '.git'))
            confinePath(value, what, roots);
        for (let at = absolute; at !== root; at = dirname(at)) {
            const stat = statOrNull(at);
            if (stat?.isSymbolicLink())
                throw new InputError(`${what} ${quotePath(value)} cannot be written: ${quotePath(at)} is a symbolic link (to ${quotePath(linkTarget(at))}), and we never write through one; nothing was written`);
        }
        return { root, path: absolute };
    }
    return { root, path: confineWrite(root, absolute, what, value) };
}

;// CONCATENATED MODULE: ./shared/text/neutralize.ts
/**
 * The one function every sink uses for text it did not write itself (branch
 * names, paths, commit messages, command output, JUnit text, reasons): logs,
 * annotations, job summaries, outputs, views, pull request bodies and
 * comments, CLI output.
 *
 * - ANSI escape sequences (colours, cursor moves, OSC titles and links) are removed.
 * - Every line break (`\r\n`, a lone `\r`, `\n`, U+0085, U+2028, U+2029) becomes `\n`
 *   when lines are kept, else a space: the runner splits lines on a lone `\r` too,
 *   so `x\r::warning::y` would otherwise start a workflow command.
 * - Bidirectional controls (which reorder what a reader sees) and every other
 *   control character except the tab become U+FFFD, visible as �.
 * - A line that the runner would read as a workflow command (`::name::` after
 *   leading blanks, which the runner trims) or a legacy `##[` command gets a
 *   zero-width space in front of the marker, so it is printed, not obeyed.
 */

const LINE_BREAK = new RegExp(`\\r\\n|${charPattern([LINE_BREAK_CHARS]).source}`, 'g');
// Tab and line feed are kept; the other breaks are gone by the time this applies.
const UNSAFE = charPattern([C0, DEL, C1, BIDI], { except: '\t\n', flags: 'g' });
const COMMAND_LINE = /^(\s*)(::|##\[)/;
function neutralize(text, options = {}) {
    const lines = String(text)
        .replace(ANSI_ESCAPE, '')
        .replace(LINE_BREAK, options.multiline ? '\n' : ' ')
        .replace(UNSAFE, '\uFFFD')
        .split('\n');
    return lines.map((line) => line.replace(COMMAND_LINE, `$1${ZERO_WIDTH_SPACE}$2`).replace(/##\[/g, `#${ZERO_WIDTH_SPACE}#[`)).join('\n');
}
/** Characters JSON leaves raw that would still break or reorder a line where the JSON is shown. */
const JSON_UNSAFE = charPattern([DEL, C1, BIDI, LINE_SEPARATORS], { flags: 'g' });
/**
 * JSON text (an output, `--json`) with the characters above, and the `#` of
 * a legacy `##[` command, written as `\uXXXX` escapes: the same value for a
 * parser, harmless on a screen or in a later step's log.
 */
function jsonSafe(json) {
    return json.replace(JSON_UNSAFE, unicodeEscape).replace(/##\[/g, '#\\u0023[');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./shared/naming/validate.ts



/** Spec ids: `NNN-slug` (3+ digits) or spec-kit's timestamp form `YYYYMMDD-HHMMSS-slug`. */
const SPEC_ID = /^(?:\d{3,}|\d{8}-\d{6})-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SPEC_ID = 100;
const MAX_BRANCH_BYTES = 200;
/** What may appear in a branch name we create or accept: a deliberate allowlist. */
const BRANCH_CHARS = /^[A-Za-z0-9._/-]+$/;
// Bidi controls and other invisible format characters that can disguise a name.
const INVISIBLE = charPattern([C0, DEL, C1, BIDI, LINE_SEPARATORS, ZERO_WIDTH, SOFT_MARKS]);
/** Why `value` is not acceptable as a spec id, or null when it is. */
function specIdProblem(value) {
    if (value === '')
        return 'it is empty';
    if (value.length > MAX_SPEC_ID)
        return `it is longer than ${MAX_SPEC_ID} characters`;
    if (INVISIBLE.test(value))
        return 'it contains control or invisible characters';
    if (/[/\\]/.test(value) || value.includes('..'))
        return 'it would leave the specs folder';
    if (!SPEC_ID.test(value))
        return 'it does not have the form of a spec id';
    return null;
}
function validateSpecId(value, what = 'spec-id') {
    const problem = specIdProblem(value);
    if (problem) {
        throw new InputError(`${what} ${quote(value)} is not valid: ${problem}; expected NNN-short-name (3+ digits, a dash, lowercase letters, digits and dashes, e.g. 004-user-auth) or YYYYMMDD-HHMMSS-short-name`);
    }
    return value;
}
/** Why `value` is not acceptable as a branch name, or null when it is. */
function branchNameProblem(value) {
    if (value === '')
        return 'it is empty';
    if (Buffer.byteLength(value) > MAX_BRANCH_BYTES)
        return `it is longer than ${MAX_BRANCH_BYTES} bytes`;
    if (INVISIBLE.test(value))
        return 'it contains control or invisible characters';
    if (/\s/.test(value))
        return 'it contains whitespace';
    if (value.startsWith('-'))
        return 'it starts with "-" (it would be read as an option)';
    if (value.startsWith('/') || /^[A-Za-z]:/.test(value))
        return 'it is an absolute path';
    if (value.startsWith('refs/'))
        return 'it starts with "refs/" (give the short branch name)';
    if (value.includes('..'))
        return 'it contains ".."';
    if (value.includes('@{'))
        return 'it contains "@{"';
    if (value.includes('//'))
        return 'it contains "//"';
    if (value.endsWith('/'))
        return 'it ends with "/"';
    if (value.endsWith('.'))
        return 'it ends with "."';
    if (value === '@' || value === 'HEAD')
        return `"${value}" is reserved by git`;
    if (!BRANCH_CHARS.test(value))
        return 'it contains characters outside letters, digits, ".", "_", "-" and "/"';
    for (const part of value.split('/')) {
        if (part.startsWith('.'))
            return `the part "${part}" starts with "."`;
        if (part.endsWith('.lock'))
            return `the part "${part}" ends with ".lock"`;
    }
    return null;
}
/** The branch a full ref names (`refs/heads/<branch>`), or null when it names no branch. */
function branchOfRef(ref) {
    return ref?.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
}
function validate_validateBranchName(value, what = 'branch') {
    const problem = branchNameProblem(value);
    if (problem) {
        throw new InputError(`${what} ${quote(value)} is not valid: ${problem}; expected a branch name of letters, digits, ".", "_", "-" and "/" (e.g. feature/004-user-auth/impl-1)`);
    }
    return value;
}
/**
 * A relative path inside the repository (tasks files, config files): no
 * absolute paths, no `..`, no `.git`, no NUL.
 */
function validate_validateRepoPath(value, what) {
    const parts = value.split(/[/\\]/);
    const problem = value === ''
        ? 'it is empty'
        : INVISIBLE.test(value)
            ? 'it contains control or invisible characters'
            : value.startsWith('/') || /^[A-Za-z]:/.test(value)
                ? 'it is an absolute path'
                : parts.includes('..')
                    ? 'it contains ".." and would leave the repository'
                    : parts.some((p) => p.toLowerCase() === '.git')
                        ? 'it points into ".git"'
                        : null;
    if (problem)
        throw new errors_InputError(`${what} ${quote_quote(value)} is not valid: ${problem}; expected a path relative to the repository root`);
    return value;
}
const STATE_BRANCH = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/;
/**
 * The state store's own check of its branch (it may be opened without the
 * CLI's validateBranchName): stricter on the first character, and with its
 * own message, which the store has always given.
 */
function assertStateBranch(branch) {
    if (!STATE_BRANCH.test(branch) ||
        branch.includes('..') ||
        branch.includes('//') ||
        branch.endsWith('/') ||
        branch.endsWith('.') ||
        branch.endsWith('.lock') ||
        branch.includes('/.')) {
        throw new InputError(`state branch ${JSON.stringify(branch)} is not valid: expected letters, digits, ".", "_", "-" and "/" (like orchestrator/state), without "..", "//" or a ".lock" ending`);
    }
    return branch;
}
/** What git's check-ref-format refuses in a name (roughly), and a leading "-" that would read as an option. */
const UNSAFE_GIT_NAME = new RegExp(`${charPattern([C0, DEL]).source}|[ :?*[\\\\^~]|\\.\\.|@\\{|^-|^/|/$|\\.lock$`);
/** A remote or branch name that goes into a refspec as it is: a plain git name, else an InputError naming `kind`. */
function checkPlainGitName(kind, name) {
    if (!name || name.length > 255 || UNSAFE_GIT_NAME.test(name)) {
        throw new InputError(`${kind} ${JSON.stringify(name)} is not valid: expected a plain git name (no spaces, no leading "-", no "..", ":" or control characters)`);
    }
}

;// CONCATENATED MODULE: ./shared/naming/branch-pattern.ts



const DEFAULT_NAMING = { pattern: 'feature/{spec}/{role}', overseer: 'overseer', implementor: 'impl-{n}' };
const SPEC_RE = '(\\d{3,}(?:-\\d{6})?-[a-z0-9]+(?:-[a-z0-9]+)*)';
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Checks a naming configuration; `where` names the config file or input for messages. */
function validateNaming(naming, where) {
    const count = (s, token) => s.split(token).length - 1;
    if (count(naming.pattern, '{spec}') !== 1 || count(naming.pattern, '{role}') !== 1) {
        throw new ConfigurationError(`${where}: branches.pattern ${quote_quote(naming.pattern)} must contain {spec} and {role} exactly once, e.g. feature/{spec}/{role}`);
    }
    if (count(naming.implementor, '{n}') !== 1) {
        throw new ConfigurationError(`${where}: branches.implementor ${quote_quote(naming.implementor)} must contain {n} exactly once, e.g. impl-{n}`);
    }
    const sample = formatBranch(naming, '001-sample', 'implementor', 1);
    const sampleO = formatBranch(naming, '001-sample', 'overseer');
    for (const [key, value] of [
        ['pattern', sample],
        ['overseer', sampleO],
    ]) {
        const problem = branchNameProblem(value);
        if (problem)
            throw new ConfigurationError(`${where}: branches.${key} gives branch names like ${quote_quote(value)}, which is not valid: ${problem}`);
    }
    if (naming.overseer.includes('{') || naming.overseer === '' || /^\{n\}$/.test(naming.implementor)) {
        throw new ConfigurationError(`${where}: branches.overseer ${quote_quote(naming.overseer)} must be a plain name such as overseer`);
    }
    return naming;
}
function formatBranch(naming, spec, role, index) {
    const roleText = role === 'overseer' ? naming.overseer : naming.implementor.replace('{n}', String(index ?? 1));
    return naming.pattern.replace('{spec}', spec).replace('{role}', roleText);
}
/** Branch name → (spec, role, index) for the naming, or null when the branch is not one of ours. */
function parseBranch(naming, name) {
    if (branchNameProblem(name))
        return null;
    const implRe = escapeRe(naming.implementor).replace('\\{n\\}', '([1-9]\\d{0,2})');
    const roleRe = `(?:(${escapeRe(naming.overseer)})|${implRe})`;
    const full = new RegExp('^' + escapeRe(naming.pattern).replace('\\{spec\\}', SPEC_RE).replace('\\{role\\}', roleRe) + '$');
    const m = full.exec(name);
    if (!m)
        return null;
    // Group order depends on whether {spec} comes before {role} in the pattern.
    const specFirst = naming.pattern.indexOf('{spec}') < naming.pattern.indexOf('{role}');
    const [spec, overseer, n] = specFirst ? [m[1], m[2], m[3]] : [m[3], m[1], m[2]];
    if (!spec || specIdProblem(spec))
        return null;
    if (overseer)
        return { spec, role: 'overseer' };
    return { spec, role: 'implementor', index: Number(n) };
}
/** A glob over the remote's heads that finds every branch of the naming (for ls-remote / fetch). */
function branchGlob(naming, spec = '*') {
    return naming.pattern.replace('{spec}', spec).replace('{role}', '*');
}
/** Validates then formats: throws InputError quoting the name if it is unusable. */
function agentBranch(naming, spec, role, index) {
    return validateBranchName(formatBranch(naming, spec, role, index), `${role} branch`);
}

;// CONCATENATED MODULE: ./shared/config/commands.ts


const NAME = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$/;
/**
 * Commands as the config gives them: a mapping `{lint: npm run lint}`, or a
 * list of `"lint: npm run lint"` strings or one-key mappings.
 */
function parseCommandList(value, where) {
    const out = [];
    const add = (name, command) => {
        if (typeof name !== 'string' || !NAME.test(name.trim()))
            throw new ConfigurationError(`${where}: command name ${quote_quote(String(name))} is not valid; expected letters, digits, spaces, "_", "." or "-"`);
        if (typeof command !== 'string' || command.trim() === '')
            throw new ConfigurationError(`${where}: command ${quote_quote(name)} must be a non-empty string`);
        if (out.some((c) => c.name === name.trim()))
            throw new ConfigurationError(`${where}: command ${quote_quote(name)} is named twice`);
        out.push({ name: name.trim(), command: command.trim() });
    };
    if (Array.isArray(value)) {
        for (const item of value) {
            if (typeof item === 'string') {
                const parsed = splitNamed(item);
                if (!parsed)
                    throw new ConfigurationError(`${where}: ${quote_quote(item)} is not "name: command"`);
                add(parsed.name, parsed.command);
            }
            else if (item && typeof item === 'object' && Object.keys(item).length === 1) {
                const [[k, v]] = Object.entries(item);
                add(k, v);
            }
            else
                throw new ConfigurationError(`${where}: ${quote_quote(JSON.stringify(item))} is not "name: command"`);
        }
    }
    else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value))
            add(k, v);
    }
    else
        throw new ConfigurationError(`${where}: must be a mapping or a list of "name: command", got ${quote_quote(JSON.stringify(value))}`);
    return out;
}
/** The `commands` input: one `name: command` per line; blank lines and `#` comments ignored. */
function parseCommandLines(text, what = 'input "commands"') {
    const out = [];
    text.split(/\r?\n/).forEach((line, i) => {
        if (!line.trim() || line.trim().startsWith('#'))
            return;
        const parsed = splitNamed(line);
        if (!parsed || !NAME.test(parsed.name))
            throw new InputError(`${what} line ${i + 1} ${quote(line)} is not valid; expected "name: command", e.g. "lint: npm run lint"`);
        if (out.some((c) => c.name === parsed.name))
            throw new InputError(`${what} line ${i + 1}: the name ${quote(parsed.name)} is used twice`);
        out.push(parsed);
    });
    return out;
}
function splitNamed(line) {
    const m = /^\s*([^:]+?)\s*:\s+(.+?)\s*$/.exec(line);
    return m ? { name: m[1], command: m[2] } : null;
}

;// CONCATENATED MODULE: ./shared/config/notify-settings.ts


/** What can be announced: event kinds, plus `test-failed` (a test-result with failures). */
const NOTIFY_KINDS = [
    'conflict-detected',
    'conflict-resolved',
    'test-failed',
    'guard-violation',
    'blocker-raised',
    'budget-crossed',
];
function defaultNotificationSettings() {
    return {
        format: 'auto',
        kinds: [...NOTIFY_KINDS],
        maxMessages: 5,
        minIntervalMs: 1000,
        timeoutSeconds: 10,
        retries: 3,
        maxRetryAfterSeconds: 60,
        budgetSeconds: 20,
    };
}
const KEYS = {
    format: 'format',
    kinds: 'kinds',
    'max-messages': 'maxMessages',
    'min-interval-ms': 'minIntervalMs',
    'timeout-seconds': 'timeoutSeconds',
    retries: 'retries',
    'max-retry-after-seconds': 'maxRetryAfterSeconds',
    'budget-seconds': 'budgetSeconds',
};
const RANGES = {
    'max-messages': [1, 50],
    'min-interval-ms': [0, 60_000],
    'timeout-seconds': [1, 120],
    retries: [0, 10],
    'max-retry-after-seconds': [0, 600],
    'budget-seconds': [1, 600],
};
/** Parses `notifications:`; every error names the file, the key and the bad value. */
function parseNotifications(value, where) {
    const settings = defaultNotificationSettings();
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new ConfigurationError(`${where}: notifications must be a mapping, got ${quoteValue(value)}`);
    }
    for (const [key, v] of Object.entries(value)) {
        const at = `notifications.${key}`;
        if (/url|webhook/i.test(key)) {
            throw new ConfigurationError(`${where}: ${at} is not accepted: a webhook address is a secret and must not be committed; pass it with the notify-webhook input from a repository secret`);
        }
        if (!(key in KEYS))
            throw new ConfigurationError(`${where}: unknown key ${quote_quote(at)}; expected one of ${Object.keys(KEYS).join(', ')}`);
        if (key === 'format') {
            if (v !== 'auto' && v !== 'slack' && v !== 'discord' && v !== 'json')
                throw new ConfigurationError(`${where}: ${at} ${quote_quote(String(v))} is not valid; expected auto, slack, discord or json`);
            settings.format = v;
        }
        else if (key === 'kinds') {
            if (!Array.isArray(v) || v.some((k) => !NOTIFY_KINDS.includes(k)))
                throw new ConfigurationError(`${where}: ${at} must be a list of ${NOTIFY_KINDS.join(', ')}; got ${quote_quote(JSON.stringify(v))}`);
            settings.kinds = [...new Set(v)];
        }
        else {
            const [min, max] = RANGES[key];
            if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
                throw new ConfigurationError(`${where}: ${at} ${quote_quote(JSON.stringify(v))} is not valid; expected a whole number from ${min} to ${max}`);
            settings[KEYS[key]] = v;
        }
    }
    return settings;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./shared/config/scope-settings.ts



const SCOPE_MODES = ['off', 'warn', 'fail'];
function defaultScopeSettings() {
    return { mode: 'warn', allow: [], companionTests: true };
}
const scope_settings_KEYS = ['mode', 'allow', 'companion-tests'];
/** Parses `scope:`; every error names the file, the key and the bad value. */
function parseScopeSettings(value, where) {
    const settings = defaultScopeSettings();
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new ConfigurationError(`${where}: scope must be a mapping, got ${quoteValue(value)}`);
    const raw = value;
    for (const key of Object.keys(raw))
        if (!scope_settings_KEYS.includes(key))
            throw new ConfigurationError(`${where}: unknown key ${quote_quote(`scope.${key}`)}; expected one of ${scope_settings_KEYS.join(', ')}`);
    if (raw.mode !== undefined) {
        if (typeof raw.mode !== 'string' || !SCOPE_MODES.includes(raw.mode))
            throw new ConfigurationError(`${where}: scope.mode ${quote_quote(typeof raw.mode === 'string' ? raw.mode : (JSON.stringify(raw.mode) ?? String(raw.mode)))} is not valid; expected off, warn or fail`);
        settings.mode = raw.mode;
    }
    if (raw.allow !== undefined) {
        const list = raw.allow;
        if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || p.trim() === ''))
            throw new ConfigurationError(`${where}: scope.allow must be a list of glob patterns (strings), got ${quote_quote(JSON.stringify(list))}`);
        for (const p of list) {
            if (p.trim().startsWith('/') || p.split('/').includes('..'))
                throw new ConfigurationError(`${where}: scope.allow ${quote_quote(p)} must be relative to the repository root, e.g. docs/**`);
            try {
                picomatch_default().makeRe(p);
            }
            catch {
                throw new ConfigurationError(`${where}: scope.allow ${quote_quote(p)} is not a valid glob`);
            }
        }
        settings.allow = list;
    }
    if (raw['companion-tests'] !== undefined) {
        if (typeof raw['companion-tests'] !== 'boolean')
            throw new ConfigurationError(`${where}: scope.companion-tests must be true or false, got ${quote_quote(JSON.stringify(raw['companion-tests']))}`);
        settings.companionTests = raw['companion-tests'];
    }
    return settings;
}

;// CONCATENATED MODULE: ./shared/config/usage-settings.ts


/** The list prices of the vendors on DEFAULT_PRICES_DATE (USD per million tokens); override under usage.prices. */
const DEFAULT_PRICES_DATE = '2025-12-01';
const DEFAULT_PRICES = {
    // Anthropic: input, output, 5-minute cache write, cache read.
    'claude-opus-4-5': [5, 25, 6.25, 0.5],
    'claude-opus-4': [15, 75, 18.75, 1.5],
    'claude-sonnet-4': [3, 15, 3.75, 0.3],
    'claude-3-7-sonnet': [3, 15, 3.75, 0.3],
    'claude-haiku-4-5': [1, 5, 1.25, 0.1],
    'claude-3-5-haiku': [0.8, 4, 1, 0.08],
    // OpenAI (Codex): no cache write charge; cached input is read.
    'gpt-5-codex': [1.25, 10, 0, 0.125],
    'gpt-5-mini': [0.25, 2, 0, 0.025],
    'gpt-5': [1.25, 10, 0, 0.125],
};
function defaultUsageSettings() {
    const models = Object.create(null);
    for (const [model, [input, output, cacheWrite, cacheRead]] of Object.entries(DEFAULT_PRICES))
        models[model] = { input, output, cacheWrite, cacheRead };
    return { prices: { date: DEFAULT_PRICES_DATE, models }, budgets: {} };
}
const PRICE_KEYS = {
    input: 'input',
    output: 'output',
    'cache-write': 'cacheWrite',
    'cache-read': 'cacheRead',
};
const MODEL = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,99}$/;
const MAX_USD = 1_000_000;
/**
 * Parses `usage:`. Models given under `prices.models` are added to the shipped
 * table (or replace a model of the same name); a table with models of its own
 * must say the date of its prices. Every error names the file, the key and the value.
 */
function parseUsageSettings(value, where) {
    const settings = defaultUsageSettings();
    const root = mapping(value, 'usage', where);
    for (const key of Object.keys(root))
        if (key !== 'prices' && key !== 'budgets')
            throw new ConfigurationError(`${where}: unknown key ${quote_quote(`usage.${key}`)}; expected prices or budgets`);
    if (root.prices !== undefined) {
        const prices = mapping(root.prices, 'usage.prices', where);
        for (const key of Object.keys(prices))
            if (key !== 'date' && key !== 'models')
                throw new ConfigurationError(`${where}: unknown key ${quote_quote(`usage.prices.${key}`)}; expected date or models`);
        const date = prices.date instanceof Date ? prices.date.toISOString().slice(0, 10) : prices.date;
        if (date !== undefined) {
            if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))
                throw new ConfigurationError(`${where}: usage.prices.date must be the date of the prices like 2026-01-31, got ${shown(date)}`);
            settings.prices.date = date;
        }
        if (prices.models !== undefined) {
            if (date === undefined)
                throw new ConfigurationError(`${where}: usage.prices.models needs usage.prices.date, the date the prices were read (e.g. 2026-01-31)`);
            for (const [model, price] of Object.entries(mapping(prices.models, 'usage.prices.models', where))) {
                const at = `usage.prices.models.${model}`;
                if (!MODEL.test(model))
                    throw new ConfigurationError(`${where}: ${quote_quote(at)}: a model name is letters, digits and . _ : @ / - (at most 100)`);
                const p = mapping(price, at, where);
                const parsed = { input: 0, output: 0, cacheWrite: 0, cacheRead: 0 };
                for (const [key, v] of Object.entries(p)) {
                    if (!(key in PRICE_KEYS))
                        throw new ConfigurationError(`${where}: unknown key ${quote_quote(`${at}.${key}`)}; expected ${Object.keys(PRICE_KEYS).join(', ')}`);
                    parsed[PRICE_KEYS[key]] = usd(v, `${at}.${key}`, where, 0);
                }
                for (const key of ['input', 'output'])
                    if (p[key] === undefined)
                        throw new ConfigurationError(`${where}: ${at}.${key} is required (US dollars per million tokens)`);
                settings.prices.models[model] = parsed;
            }
        }
    }
    if (root.budgets !== undefined) {
        const budgets = mapping(root.budgets, 'usage.budgets', where);
        for (const [key, v] of Object.entries(budgets)) {
            if (key !== 'feature' && key !== 'agent' && key !== 'task')
                throw new ConfigurationError(`${where}: unknown key ${quote_quote(`usage.budgets.${key}`)}; expected feature, agent or task`);
            settings.budgets[key] = usd(v, `usage.budgets.${key}`, where, 0.000001);
        }
    }
    return settings;
}
function mapping(value, key, where) {
    if (value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Date)
        throw new ConfigurationError(`${where}: ${key} must be a mapping, got ${quoteValue(value)}`);
    return value;
}
function usd(value, key, where, min) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > MAX_USD)
        throw new ConfigurationError(`${where}: ${key} must be an amount in US dollars from ${min} to ${MAX_USD}, got ${shown(value)}`);
    return value;
}
function shown(value) {
    return typeof value === 'string' ? quote_quote(value) : quoteValue(value);
}

;// CONCATENATED MODULE: ./shared/config/config.ts












/** The configuration file's path in the repository: the one place it is spelled. */
const config_DEFAULT_CONFIG_PATH = '.github/orchestrator.yml';
const DEFAULT_PROTECTED_PATHS = [
    '.github/workflows/**',
    '.github/actions/**',
    config_DEFAULT_CONFIG_PATH,
    '.claude/**',
    'CODEOWNERS',
    '.github/CODEOWNERS',
    'docs/CODEOWNERS',
    '.gitattributes',
];
function defaultConfig() {
    return {
        source: 'defaults',
        branches: { ...DEFAULT_NAMING },
        state: { branch: 'orchestrator/state' },
        tasks: { file: 'specs/{spec}/tasks.md' },
        protectedPaths: [...DEFAULT_PROTECTED_PATHS],
        roles: { implementor: { commands: [] }, overseer: { commands: [] } },
        conflicts: { scope: 'feature' },
        pullRequests: { nonAgentIntoOverseer: 'allow' },
        notifications: defaultNotificationSettings(),
        scope: defaultScopeSettings(),
        usage: defaultUsageSettings(),
    };
}
const KNOWN = {
    '': [
        'version',
        'branches',
        'state',
        'tasks',
        'protected-paths',
        'roles',
        'conflicts',
        'pull-requests',
        'notifications',
        'scope',
        'usage',
    ],
    branches: ['pattern', 'overseer', 'implementor', 'integration'],
    state: ['branch'],
    tasks: ['file'],
    roles: ['implementor', 'overseer'],
    'roles.implementor': ['commands'],
    'roles.overseer': ['commands'],
    conflicts: ['scope'],
    'pull-requests': ['non-agent-into-overseer'],
};
/**
 * Loads DEFAULT_CONFIG_PATH (or `path`) from the work tree at `cwd`; callers go through readConfig. Absent file →
 * defaults (unless the path was given explicitly). Every error names the
 * file, the key and the bad value.
 */
function loadConfig(cwd, path) {
    const rel = path || config_DEFAULT_CONFIG_PATH;
    const file = (0,external_node_path_.join)(cwd, rel);
    if (!lexists(file)) {
        if (path)
            throw new ConfigurationError(`config file ${quote_quote(rel)} does not exist (looked in ${cwd})`);
        return defaultConfig();
    }
    // A symlink out of the repository would be read (and its first key echoed in an error): refused unread.
    const real = confinePath(rel, 'config', { cwd, tempDir: cwd }, { mustExist: true });
    return parseConfig((0,external_node_fs_.readFileSync)(real, 'utf8'), rel);
}
function lexists(path) {
    try {
        (0,external_node_fs_.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
}
function parseConfig(text, where) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        throw new ConfigurationError(`${where}: not valid YAML: ${e.message.split('\n')[0]}`);
    }
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: 50 }) ?? {};
    }
    catch (error) {
        // An alias bomb, or anything else the YAML library refuses while building the value.
        throw new ConfigurationError(`${where}: not usable YAML: ${messageOf(error).split('\n')[0]} (alias count is limited to 50)`);
    }
    const config = defaultConfig();
    config.source = where;
    const root = object(raw, '', where);
    checkKeys(root, '', where);
    if (root.version !== undefined && root.version !== 1) {
        throw new ConfigurationError(`${where}: version ${quote_quote(String(root.version))} is not supported; expected 1`);
    }
    if (root.branches !== undefined) {
        const b = object(root.branches, 'branches', where);
        checkKeys(b, 'branches', where);
        config.branches.pattern = str(b.pattern, 'branches.pattern', where) ?? config.branches.pattern;
        config.branches.overseer = str(b.overseer, 'branches.overseer', where) ?? config.branches.overseer;
        config.branches.implementor = str(b.implementor, 'branches.implementor', where) ?? config.branches.implementor;
        const integration = str(b.integration, 'branches.integration', where);
        if (integration !== undefined)
            config.branches.integration = branch(integration, 'branches.integration', where);
        validateNaming(config.branches, where);
    }
    if (root.state !== undefined) {
        const s = object(root.state, 'state', where);
        checkKeys(s, 'state', where);
        const b = str(s.branch, 'state.branch', where);
        if (b !== undefined)
            config.state.branch = b === 'current' ? b : branch(b, 'state.branch', where);
    }
    if (root.tasks !== undefined) {
        const t = object(root.tasks, 'tasks', where);
        checkKeys(t, 'tasks', where);
        const f = str(t.file, 'tasks.file', where);
        if (f !== undefined) {
            if (!f.includes('{spec}') || f.startsWith('/') || f.split('/').includes('..')) {
                throw new ConfigurationError(`${where}: tasks.file ${quote_quote(f)} must be a relative path containing {spec}, e.g. specs/{spec}/tasks.md`);
            }
            config.tasks.file = f;
        }
    }
    if (root['protected-paths'] !== undefined) {
        const list = root['protected-paths'];
        if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' || p.trim() === '')) {
            throw new ConfigurationError(`${where}: protected-paths must be a list of glob patterns (strings), got ${quote_quote(JSON.stringify(list))}`);
        }
        config.protectedPaths = list;
    }
    if (root.roles !== undefined) {
        const r = object(root.roles, 'roles', where);
        checkKeys(r, 'roles', where);
        for (const role of ['implementor', 'overseer']) {
            if (r[role] === undefined)
                continue;
            const o = object(r[role], `roles.${role}`, where);
            checkKeys(o, `roles.${role}`, where);
            if (o.commands !== undefined)
                config.roles[role].commands = parseCommandList(o.commands, `${where}: roles.${role}.commands`);
        }
    }
    if (root.conflicts !== undefined) {
        const c = object(root.conflicts, 'conflicts', where);
        checkKeys(c, 'conflicts', where);
        const scope = str(c.scope, 'conflicts.scope', where);
        if (scope !== undefined) {
            if (scope !== 'feature' && scope !== 'all')
                throw new ConfigurationError(`${where}: conflicts.scope ${quote_quote(scope)} is not valid; expected feature or all`);
            config.conflicts.scope = scope;
        }
    }
    if (root['pull-requests'] !== undefined) {
        const p = object(root['pull-requests'], 'pull-requests', where);
        checkKeys(p, 'pull-requests', where);
        const rule = str(p['non-agent-into-overseer'], 'pull-requests.non-agent-into-overseer', where);
        if (rule !== undefined) {
            if (rule !== 'allow' && rule !== 'refuse')
                throw new ConfigurationError(`${where}: pull-requests.non-agent-into-overseer ${quote_quote(rule)} is not valid; expected allow or refuse`);
            config.pullRequests.nonAgentIntoOverseer = rule;
        }
    }
    if (root.notifications !== undefined)
        config.notifications = parseNotifications(root.notifications, where);
    if (root.scope !== undefined)
        config.scope = parseScopeSettings(root.scope, where);
    if (root.usage !== undefined)
        config.usage = parseUsageSettings(root.usage, where);
    return config;
}
function object(value, key, where) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new ConfigurationError(`${where}: ${key || 'the file'} must be a mapping, got ${quoteValue(value)}`);
    }
    return value;
}
function checkKeys(value, key, where) {
    for (const k of Object.keys(value)) {
        if (!KNOWN[key]?.includes(k)) {
            const at = key ? `${key}.${k}` : k;
            throw new ConfigurationError(`${where}: unknown key ${quote_quote(at)}; expected one of ${KNOWN[key]?.join(', ')}`);
        }
    }
}
function str(value, key, where) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string' || value.trim() === '') {
        throw new ConfigurationError(`${where}: ${key} must be a non-empty string, got ${quoteValue(value)}`);
    }
    return value;
}
function branch(value, key, where) {
    const problem = branchNameProblem(value);
    if (problem)
        throw new ConfigurationError(`${where}: ${key} ${quote_quote(value)} is not a valid branch name: ${problem}`);
    return value;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./shared/git/objects.ts



/** Reading files and trees at a commit, and writing objects, without a checkout. */
/** The text of `path` at `commit`, or null when the commit has no such file. */
async function readFileAt(git, commit, path) {
    const r = await git.exec(['cat-file', 'blob', `${commit}:${path}`], { allowedExitCodes: [0, 128] });
    return r.exitCode === 0 ? r.stdout : null;
}
/** Like readFileAt, as bytes. */
async function readFileBytesAt(git, commit, path) {
    const r = await git.execBuffer(['cat-file', 'blob', `${commit}:${path}`], { allowedExitCodes: [0, 128] });
    return r.exitCode === 0 ? r.stdout : null;
}
/** The `ls-tree -z` entry of `path` in `treeish` (`<mode> <type> <oid>\t<path>`), empty when there is none. */
async function lsTreeEntry(git, treeish, path) {
    return (await git.run(['ls-tree', '-z', treeish, '--', path])).split('\0')[0];
}
/** Like lsTreeEntry, with `path` from the root of the tree whatever the working folder. */
async function lsTreeRootEntry(git, treeish, path) {
    return (await git.execBuffer(['ls-tree', '-z', '--full-tree', treeish, '--', path])).stdout.toString('utf8').split('\0')[0];
}
/** The NUL-separated `ls-tree -z` listing of `tree` (of every file below it when `recursive`). */
async function lsTree(git, tree, options = {}) {
    return git.run(['ls-tree', ...(options.recursive ? ['-r'] : []), '-z', '--end-of-options', tree]);
}
/** The names of the folders directly in `path` at `treeish`; null when there is no such folder. */
async function subfolderNames(git, treeish, path) {
    const r = await git.exec(['ls-tree', '-d', '-z', '--name-only', `${treeish}:${path}`], { allowedExitCodes: [0, 128] });
    return r.exitCode === 0 ? r.stdout.split('\0').filter(Boolean) : null;
}
/**
 * Stores a pack's objects (see pack.ts) whatever their number and types, kept as one file with its index
 * (faster than a loose file per object, which unpack-objects writes). With the index made in process (the
 * one `git index-pack` would write, byte for byte), the two files are written into the object folder the
 * way git writes them, with no process: the pack first, its index last (git finds a pack by its index),
 * each under a temporary name, flushed to disk, then renamed. Without one, `git index-pack --stdin`.
 */
async function storePack(git, made) {
    // A repository shared with a group (core.sharedRepository) gets the permissions git gives it; one whose
    // setting is not known here (no trace of it) is left to git as well.
    if (!made.idx || git.seenSharedRepository() !== false) {
        await git.exec(['index-pack', '--stdin'], { input: made.pack });
        return;
    }
    const folder = join(await git.objectsDir(), 'pack');
    mkdirSync(folder, { recursive: true });
    const name = join(folder, `pack-${made.checksum}`);
    // The same name is the same pack (it is named by its checksum): already there whole, nothing to write.
    if (existsSync(`${name}.idx`) && existsSync(`${name}.pack`))
        return;
    writeWhole(folder, `${name}.pack`, made.pack);
    writeWhole(folder, `${name}.idx`, made.idx);
}
/** `content` at `path`: written to a new temporary file in `folder` (never through a link), synced, then renamed. */
function writeWhole(folder, path, content) {
    const temp = join(folder, `tmp_orch_${process.pid}_${randomBytes(6).toString('hex')}`);
    // Read-only, as git leaves its packs.
    const fd = openSync(temp, 'wx', 0o444);
    try {
        writeSync(fd, content);
        fsyncSync(fd);
    }
    finally {
        closeSync(fd);
    }
    try {
        renameSync(temp, path);
    }
    catch (error) {
        rmSync(temp, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./shared/git/refs.ts

/**
 * `rev-parse`, `symbolic-ref`, `update-ref` and `for-each-ref`: naming
 * commits, refs and the repository's own files. Each verb runs exactly the
 * command its callers ran before it had a name.
 */
/** Where git keeps `path` (`rev-parse --git-path`), as git prints it: relative to the repository folder unless absolute. */
async function gitPath(git, path) {
    return git.run(['rev-parse', '--git-path', path]);
}
/** The root of the working tree the repository folder is in. */
async function toplevel(git) {
    return (await git.run(['rev-parse', '--show-toplevel'])).trim();
}
/** `sha1` or `sha256`, as git names the repository's object format. */
async function objectFormat(git) {
    return git.objectFormat();
}
/** The commit HEAD is at (throws when there is none). */
async function headId(git) {
    return git.run(['rev-parse', 'HEAD']);
}
/** The short name of the branch HEAD points at; empty when HEAD is detached. */
async function symbolicHead(git) {
    return (await git.exec(['symbolic-ref', '--short', '-q', 'HEAD'], { allowedExitCodes: [0, 1] })).stdout.trim();
}
/** The object id `spec` names (`<commit>:<path>` for a tree or blob), or null when it names nothing. */
async function objectIdOf(git, spec) {
    const r = await git.exec(['rev-parse', '--verify', '--quiet', spec], { allowedExitCodes: [0, 1, 128] });
    return r.exitCode === 0 ? r.stdout.trim() : null;
}
/** The tree of a commit (throws when `sha` names none). */
async function treeOf(git, sha) {
    return git.run(['rev-parse', '--verify', '--end-of-options', `${sha}^{tree}`]);
}
/** Moves `ref` to `value` only if it is still at `expected` ('' : only if absent); a lost race is not an error, the ref just stays. */
async function updateRefIfAt(git, ref, value, expected) {
    await git.exec(['update-ref', ref, value, expected], { allowedExitCodes: [0, 1, 128] });
}
/** Sets every `ref` to its commit with one `update-ref --stdin` (one transaction: all or none). */
async function updateRefs(git, updates) {
    if (updates.length === 0)
        return;
    await git.run(['update-ref', '-z', '--stdin'], { input: updates.map(([ref, value]) => `update ${ref}\0${value}\0\0`).join('') });
}
/** Removes `ref`; one that is already gone is not an error. */
async function refs_deleteRef(git, ref) {
    await git.exec(['update-ref', '-d', ref], { allowedExitCodes: [0, 1] });
}
/** `for-each-ref --format=<format>` over the patterns, one line per ref (only refs whose commit contains `contains`, when given). */
async function listRefs(git, format, patterns, options = {}) {
    const contains = options.contains === undefined ? [] : ['--contains', options.contains];
    return git.run(['for-each-ref', ...contains, `--format=${format}`, ...patterns]);
}
/**
 * What a hook needs to know of a checkout, with one process: the working
 * tree's root, where `cacheFile` and FETCH_HEAD are kept, the commit HEAD is
 * at and the ref it names (`HEAD` when detached). Null outside a repository.
 */
async function checkoutFacts(git, cacheFile) {
    const r = await git.exec(['rev-parse', ...checkoutFactArgs(cacheFile)], { allowedExitCodes: [0, 128] });
    return r.exitCode === 0 ? r.stdout.split('\n') : null;
}
/** `checkoutFacts`' arguments to rev-parse (also asked with the repository's first rev-parse: `Git.isRepositoryWith`). */
function checkoutFactArgs(cacheFile) {
    return ['--show-toplevel', '--git-path', cacheFile, '--git-path', 'FETCH_HEAD', 'HEAD', '--symbolic-full-name', 'HEAD'];
}
/**
 * A file in the git folder (`info/exclude`, `orchestrator/…`, `hooks/…`): its
 * absolute path and the git folder it lies in (the worktree's own, or the
 * common one, or for a file outside both, its own folder), the root below
 * which writes to it are confined.
 */
async function gitFile(git, path) {
    const [gitDir, common, file] = (await git.run(['rev-parse', '--absolute-git-dir', '--git-common-dir', '--git-path', path]))
        .split('\n')
        .map((l) => resolvePath(git.cwd, l.trim()));
    const root = [gitDir, common].filter((r) => file.startsWith(`${r}${pathSep}`)).sort((a, b) => b.length - a.length)[0];
    // Outside both (core.hooksPath naming a folder of the person's): that folder is the root, the file itself is checked.
    return { root: root ?? dirname(file), path: file };
}
/** What a repository's refs, HEAD and index say now, as one string: equal strings mean nothing there moved. */
async function repositoryFacts(git) {
    const refs = await git.run(['for-each-ref', '--format=%(refname) %(objectname)']);
    const head = await git.exec(['symbolic-ref', '-q', 'HEAD'], { allowedExitCodes: [0, 1] });
    const config = await git.exec(['config', '--local', '--list', '-z'], { allowedExitCodes: [0, 1] });
    const status = await git.run(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignored=no']);
    return JSON.stringify([refs, head.stdout.trim(), (await git.resolveCommit('HEAD')) ?? '', config.stdout, status]);
}

;// CONCATENATED MODULE: ./shared/git/remote.ts




const C0_CONTROL = charPattern([C0]);
const remote_CONTROL = charPattern([C0, DEL, C1]);
/**
 * Remote branches are fetched into a private namespace, so that nothing of
 * the user's (branches, remote-tracking refs, HEAD) moves, and so that a
 * remote given as a path or URL works like a named one.
 */
const PRIVATE_PREFIX = 'refs/orchestrator/heads/';
function privateRef(branch) {
    return `${PRIVATE_PREFIX}${branch}`;
}
/** A remote given by name (`origin`), not as a path or URL: it has remote-tracking refs under refs/remotes/<name>/. */
function isRemoteName(remote) {
    return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(remote);
}
/**
 * The check at the boundary (CLI, hook): a remote reaches `git fetch` as an
 * argument, so an option in disguise (`-u…`) or a line break is refused
 * before any git call.
 */
function validateRemote(remote) {
    if (remote.startsWith('-') || /\s/.test(remote) || C0_CONTROL.test(remote))
        throw new errors_InputError(`remote ${quote_quote(remote)} is not valid; expected a remote name such as origin, or a path or URL`);
    return remote;
}
/** The state store's own check (it may be opened without the boundary's): no empty name, no control characters. */
function assertRemote(remote) {
    if (typeof remote !== 'string' || remote === '' || remote.startsWith('-') || remote_CONTROL.test(remote)) {
        throw new InputError(`remote ${JSON.stringify(remote)} is not valid: expected a remote name, a path or a URL, not starting with "-"`);
    }
    return remote;
}
/** Branch name → commit id for the remote's heads matching the globs (all heads when none). */
async function remoteHeads(git, remote, globs = []) {
    const refs = await git.lsRemote(remote, globs.map((g) => `refs/heads/${g}`));
    const heads = new Map();
    for (const [ref, sha] of refs)
        if (ref.startsWith('refs/heads/'))
            heads.set(ref.slice('refs/heads/'.length), sha);
    return heads;
}
/**
 * Fetches the branches into private refs with one `git fetch`; returns branch
 * → commit id, at the commit fetched (a branch that moved since it was listed
 * is taken where it is now). A branch deleted in the meantime is left out of
 * the result (the caller names it), and the others are still fetched.
 */
async function fetchBranches(git, remote, branches, listed, options = {}) {
    const out = new Map();
    if (branches.length === 0)
        return out;
    const pinned = listed ? await pinListed(git, branches, listed, options) : null;
    if (pinned)
        return pinned;
    const fetch = (names) => git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', remote, ...names.map((b) => `+refs/heads/${b}:${privateRef(b)}`)]);
    let wanted = branches;
    try {
        await fetch(wanted);
    }
    catch (error) {
        if (!/couldn't find remote ref/i.test(messageOf(error)))
            throw error;
        // One fetch fails whole when a ref is gone: list again and fetch those still there.
        const heads = await remoteHeads(git, remote, branches);
        wanted = branches.filter((b) => heads.has(b));
        if (wanted.length)
            await fetch(wanted);
    }
    // One for-each-ref for every branch (not one rev-parse each): the cost of a re-scan is its process count.
    const fetched = await privateHeads(git);
    for (const b of wanted) {
        const sha = fetched.get(b);
        if (sha)
            out.set(b, sha);
    }
    return out;
}
/**
 * The branches at the commits `listed` (just read from the remote by `ls-remote`), set in the private refs
 * without a fetch when every one of those commits is the tip of a ref here already: a fresh clone has them
 * all as remote-tracking branches, and a ref's commit comes with its whole history, so a fetch would bring
 * nothing but would still cost a round trip and a negotiation. Null when some commit is not here (fetch).
 */
async function pinListed(git, branches, listed, { alsoIfHere = [], deferPin }) {
    if (branches.some((b) => !listed.has(b)))
        return null;
    const here = new Map();
    const tips = new Set();
    for (const line of (await listRefs(git, '%(objecttype) %(objectname) %(refname)', ['refs/'])).split('\n')) {
        const m = /^commit ([0-9a-f]+) (.+)$/.exec(line);
        if (!m)
            continue;
        tips.add(m[1]);
        here.set(m[2], m[1]);
    }
    if (branches.some((b) => !tips.has(listed.get(b))))
        return null;
    const targets = [
        ...branches.map((b) => [b, privateRef(b)]),
        ...alsoIfHere.filter(([b]) => listed.has(b) && tips.has(listed.get(b))),
    ];
    const pinning = updateRefs(git, targets.filter(([b, ref]) => here.get(ref) !== listed.get(b)).map(([b, ref]) => [ref, listed.get(b)]));
    if (deferPin) {
        // Its error is the caller's, where it awaits it; never an unhandled rejection if the caller fails first.
        pinning.catch(() => undefined);
        deferPin(pinning);
    }
    else
        await pinning;
    return new Map(targets.map(([b]) => [b, listed.get(b)]));
}
/** Branch → commit of every branch fetched into the private namespace, from one `for-each-ref` (commits only). */
async function privateHeads(git) {
    const listing = await listRefs(git, '%(objecttype) %(objectname) %(refname)', [PRIVATE_PREFIX]);
    const heads = new Map();
    for (const line of listing.split('\n')) {
        const m = /^commit ([0-9a-f]+) (.+)$/.exec(line);
        if (m)
            heads.set(m[2].slice(PRIVATE_PREFIX.length), m[1]);
    }
    return heads;
}
/**
 * The remote's heads matching the globs and its default branch (what its HEAD
 * points at; null when it cannot tell), from one `ls-remote --symref`.
 */
async function remoteHeadsAndDefault(git, remote, globs) {
    const out = await git.run(['ls-remote', '--symref', '--', remote, 'HEAD', ...globs.map((g) => `refs/heads/${g}`)]);
    const heads = new Map();
    let defaultBranch = null;
    let defaultSha = null;
    for (const line of out.split('\n')) {
        const symref = /^ref: refs\/heads\/(\S+)\tHEAD$/.exec(line);
        if (symref)
            defaultBranch = symref[1];
        const tab = line.indexOf('\t');
        const ref = line.slice(tab + 1);
        if (tab > 0 && !line.startsWith('ref: ') && ref.startsWith('refs/heads/'))
            heads.set(ref.slice('refs/heads/'.length), line.slice(0, tab));
        if (tab > 0 && !line.startsWith('ref: ') && ref === 'HEAD')
            defaultSha = line.slice(0, tab);
    }
    return { heads, defaultBranch, ...(defaultBranch && defaultSha ? { defaultSha } : {}) };
}
/** The remote's default branch (what its HEAD points at), or null when it cannot tell. */
async function remoteDefaultBranch(git, remote) {
    const r = await git.exec(['ls-remote', '--symref', remote, 'HEAD'], { allowedExitCodes: [0, 2] });
    const m = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(r.stdout);
    return m ? m[1] : null;
}
/**
 * Resolves `base` (a branch, tag or commit id; default the remote's default
 * branch) to a commit available locally. Unknown → InputError (exit 2).
 */
async function resolveBase(git, remote, base) {
    const name = base ?? (await remoteDefaultBranch(git, remote));
    if (!name)
        throw new InputError(`cannot tell the default branch of remote ${quote(remote)}; pass base (a branch, tag or commit)`);
    const refs = await git.lsRemote(remote, [`refs/heads/${name}`, `refs/tags/${name}`], { tags: true });
    const branchSha = refs.get(`refs/heads/${name}`);
    if (branchSha) {
        await fetchBranches(git, remote, [name]);
        return { name, sha: branchSha, kind: 'branch' };
    }
    if (refs.has(`refs/tags/${name}`)) {
        await git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', remote, `+refs/tags/${name}:refs/orchestrator/tags/${name}`]);
        const sha = await git.resolveCommit(`refs/orchestrator/tags/${name}`);
        if (sha)
            return { name, sha, kind: 'tag' };
    }
    if (/^[0-9a-f]{7,64}$/.test(name)) {
        let sha = await git.resolveCommit(name);
        if (!sha && name.length >= 40) {
            await git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', remote, name], { allowedExitCodes: [0, 1, 128] });
            sha = await git.resolveCommit(name);
        }
        if (sha)
            return { name, sha, kind: 'commit' };
    }
    throw new InputError(`base ${quote(name)} is not a branch, tag or commit of remote ${quote(remote)}; expected an existing branch (e.g. main), tag or full commit id`);
}
/**
 * Creates all the branches on the remote in one atomic push: all or none.
 * Each ref is leased as "must not exist", so a branch someone created in the
 * meantime is never overwritten.
 */
async function createBranchesAtomically(git, remote, creations) {
    if (creations.length === 0)
        return [];
    const { stdout } = await git.exec([
        'push',
        '--atomic',
        '--porcelain',
        ...creations.map((c) => `--force-with-lease=refs/heads/${c.branch}:`),
        remote,
        ...creations.map((c) => `${c.sha}:refs/heads/${c.branch}`),
    ]);
    // `*` is a ref this push created; `=` one that another run had already created at the same commit.
    return creations
        .filter((c) => stdout.split('\n').some((l) => l.startsWith('*\t') && l.includes(`:refs/heads/${c.branch}\t`)))
        .map((c) => c.branch);
}
/** Fetches `refspec`, removing the local refs it covers that the remote no longer has. */
async function fetchPruned(git, remote, refspec) {
    await git.exec(['fetch', '--no-tags', '--quiet', '--prune', remote, refspec]);
}
/** Turns a shallow clone into a full one, fetching the refspecs' whole history. */
async function fetchUnshallow(git, remote, refspecs) {
    await git.run(['fetch', '--unshallow', '--no-tags', '--quiet', remote, ...refspecs]);
}
/** Fetches pull request `number`'s head into refs/orchestrator/pull/<number>; a failure is not an error (the caller looks for the commit). */
async function fetchPullHead(git, remote, number) {
    await git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', remote, `+refs/pull/${number}/head:refs/orchestrator/pull/${number}`], { allowedExitCodes: [0, 1, 128] });
}
/** Fetches one commit by its id (a push event's `after`) into a private ref; the caller checks that it arrived. */
async function fetchCommit(git, remote, sha) {
    if (!/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha))
        throw new InputError(`${quote(sha)} is not a full commit id`);
    await git.exec(['fetch', '--no-tags', '--quiet', '--no-write-fetch-head', remote, `+${sha}:refs/orchestrator/commits/${sha}`], {
        allowedExitCodes: [0, 1, 128],
    });
}
/** Compare-and-swap push: moves `branch` to `commit` only if the remote still has it at `expected`; false when it moved. */
async function pushIfAt(git, remote, branch, expected, commit) {
    const push = await git.exec(['push', '--porcelain', `--force-with-lease=refs/heads/${branch}:${expected}`, remote, `${commit}:refs/heads/${branch}`], { allowedExitCodes: [0, 1] });
    return push.exitCode === 0;
}
/**
 * The URL a remote is configured with, as written (before any `insteadOf`: the name a person gave
 * it, which names the hosted repository): a named remote's, or the path or URL itself; null for no such remote.
 */
async function remoteUrl(git, remote) {
    if (!isRemoteName(remote))
        return remote;
    const r = await git.exec(['config', '--get', `remote.${remote}.url`], { allowedExitCodes: [0, 1] });
    return r.exitCode === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}

;// CONCATENATED MODULE: ./shared/config/trusted-config.ts







/**
 * The configuration the role guard trusts, read from git objects of a commit
 * the branch under test cannot change: the pull request's base, else (for an
 * implementor) its overseer branch, else the default branch. The work tree is
 * never read: it is the implementor's, and its copy of the file could switch
 * the guard off or run its own commands with the run's write token.
 */
async function trustedConfig(options) {
    const { git, remote, logger } = options;
    const path = validate_validateRepoPath(options.path || config_DEFAULT_CONFIG_PATH, 'config');
    const at = async (kind, branch) => {
        const commit = (await fetchBranches(git, remote, [branch]).catch(() => new Map())).get(branch);
        if (!commit)
            return null;
        return {
            config: await readConfigAt(git, privateRef(branch), path, `${branch} (${commit.slice(0, 12)})`),
            source: { kind, branch, commit },
        };
    };
    if (options.pullRequestBase) {
        const found = await at('pull request base', options.pullRequestBase);
        if (found)
            return found;
        logger.warning(`the pull request's base ${quote_quote(options.pullRequestBase)} could not be fetched from ${quote_quote(remote)}`);
    }
    const defaultBranch = await remoteDefaultBranch(git, remote).catch(() => null);
    const fromDefault = defaultBranch ? await at('default branch', defaultBranch) : null;
    const bootstrap = fromDefault?.config ?? defaultConfig();
    if (!options.pullRequestBase && options.branch) {
        const parsed = parseBranch(bootstrap.branches, options.branch);
        if (parsed?.role === 'implementor') {
            const fromOverseer = await at('overseer branch', formatBranch(bootstrap.branches, parsed.spec, 'overseer'));
            if (fromOverseer)
                return fromOverseer;
        }
    }
    if (fromDefault)
        return fromDefault;
    logger.warning(`no trusted commit to read ${quote_quote(path)} from (the remote ${quote_quote(remote)} names no default branch): the role guard uses the built-in defaults`);
    return { config: defaultConfig(), source: { kind: 'none' } };
}
/**
 * The configuration file as committed at `commit`, through git objects.
 * Absent → the defaults. A symlink, folder or submodule in its place is
 * refused: following it could read anything.
 */
async function readConfigAt(git, commit, path, label) {
    const where = `${path} at ${label}`;
    const entry = await lsTreeRootEntry(git, commit, path).catch((error) => {
        throw new ConfigurationError(`cannot read ${where}: ${messageOf(error)}`);
    });
    const m = /^(\d{6}) (\w+) ([0-9a-f]+)\t/.exec(entry);
    if (!m) {
        const config = defaultConfig();
        config.source = `defaults (no ${path} at ${label})`;
        return config;
    }
    const [, mode, type, oid] = m;
    if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) {
        const what = mode === '120000' ? 'a symlink' : type === 'tree' ? 'a folder' : type === 'commit' ? 'a submodule' : `mode ${mode}`;
        throw new ConfigurationError(`${where} is ${what}, not a regular file; the configuration must be a plain file`);
    }
    const text = await git.readBlob(oid);
    return parseConfig(text, where);
}

;// CONCATENATED MODULE: ./shared/config/config-source.ts



async function readConfig(source, access) {
    switch (source.kind) {
        case 'work-tree':
            return loadConfig(access.cwd, source.path);
        case 'commit':
            return readConfigAt(access.git, source.commit, source.path ?? config_DEFAULT_CONFIG_PATH, source.label);
        case 'trusted': {
            const { git, remote, logger } = access;
            const read = (branch) => trustedConfig({ git, remote, path: source.path, pullRequestBase: source.pullRequestBase, branch, logger });
            let trusted = await read(source.branch);
            const other = source.reconsider && (await source.reconsider(trusted.config.branches));
            if (other)
                trusted = await read(other);
            return trusted.config;
        }
    }
}
/**
 * The `config` option as a source path: the default spelling means "the
 * default, absent allowed"; anything else must be a plain repository path.
 */
function configPathOption(given) {
    return given === DEFAULT_CONFIG_PATH || !given ? undefined : validateRepoPath(given, 'config');
}

;// CONCATENATED MODULE: ./shared/conflicts/raw-path.ts

// Line breaks (C0, NEL and the rest of C1, U+2028/9), DEL, and the bidi controls that reorder what a reader sees.
// (The Arabic letter mark, U+061C, has never been among them: kept so, as paths already recorded show.)
const NEEDS_QUOTING = charPattern([C0, DEL, C1, LINE_SEPARATORS, BIDI], { except: '\u061c' });
/** A byte string (latin1) as displayed text; see DisplayedPath. */
function displayPath(bytes) {
    const raw = Buffer.from(bytes, 'latin1');
    const text = raw.toString('utf8');
    if (!NEEDS_QUOTING.test(text) && Buffer.from(text, 'utf8').equals(raw))
        return { path: text };
    return { path: gitQuote(raw), pathBase64: raw.toString('base64') };
}
const ESCAPES = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 34: '"', 92: '\\' };
/**
 * git's C-style quoting with core.quotePath on (its default), as in
 * `git diff --name-only` or `git status`: in double quotes, with \n, \t, \"
 * and \\ style escapes and every other control byte or byte of 0x80 and above
 * as three octal digits.
 */
function gitQuote(bytes) {
    let out = '"';
    for (const b of bytes) {
        const escape = ESCAPES[b];
        if (escape)
            out += `\\${escape}`;
        else if (b < 0x20 || b >= 0x7f)
            out += `\\${b.toString(8).padStart(3, '0')}`;
        else
            out += String.fromCharCode(b);
    }
    return `${out}"`;
}
/** The bytes of a displayed path: from base64 when the path was quoted, else its UTF-8. */
function pathBytes(p) {
    return p.pathBase64 === undefined ? Buffer.from(p.path, 'utf8') : Buffer.from(p.pathBase64, 'base64');
}
/** A latin1 byte string of UTF-8 text (messages git wrote) as text. */
function decodeBytes(bytes) {
    return Buffer.from(bytes, 'latin1').toString('utf8');
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./shared/git/git.ts



const MINIMUM_GIT = { major: 2, minor: 38 };
let spawned = 0;
const SHALLOW_CHANGING = /^--(?:unshallow|depth|deepen|shallow-since|shallow-exclude|update-shallow)/;
/**
 * How many git processes this process has started so far. Every git process
 * is started by `Git.execBuffer`, so this is the whole count: a phase's share
 * is the difference before and after it.
 */
function gitProcessCount() {
    return spawned;
}
/**
 * The one door to git. Every call is `git <args...>` through spawn with an
 * argument array (never a shell), with prompts switched off and messages in
 * English (we read some of them). Nothing here touches the user's working
 * tree, index or HEAD unless a method says so by name.
 */
class Git {
    static versionCache;
    /** Config values git reported with the first rev-parse in a folder (`traceConfig`), by folder: see `seenIdentityConfig`. */
    static configSeen = new Map();
    cwd;
    baseEnv;
    /** Whether the repository is shallow, once asked; forgotten by any call that can change it. */
    shallow;
    format;
    objects;
    /** This instance's git processes that have not exited yet (see `stopRunning`). */
    running = new Set();
    constructor(cwd, env = {}) {
        this.cwd = cwd;
        this.baseEnv = env;
    }
    /** A Git bound to `cwd` after checking that git is new enough. */
    static async open(cwd, env = {}) {
        const git = new Git(cwd, env);
        await git.assertVersion();
        return git;
    }
    async exec(args, options = {}) {
        const r = await this.execBuffer(args, options);
        return { stdout: r.stdout.toString('utf8'), stderr: r.stderr, exitCode: r.exitCode };
    }
    /** Like `exec`, but stdout as raw bytes: object contents may be binary or not UTF-8, and sizes are in bytes. */
    async execBuffer(args, options = {}) {
        const allowed = options.allowedExitCodes ?? [0];
        if (args.some((a) => SHALLOW_CHANGING.test(a)))
            this.shallow = undefined;
        const env = this.env(options.env);
        // trace2 on the fourth descriptor (git writes it to any descriptor from 2 to 9 it is told).
        const traced = options.trace === true && env.GIT_TRACE2 === undefined;
        if (traced)
            env.GIT_TRACE2 = '3';
        const traceConfig = traced && Boolean(options.traceConfig?.length) && env.GIT_TRACE2_CONFIG_PARAMS === undefined;
        if (traceConfig)
            env.GIT_TRACE2_CONFIG_PARAMS = options.traceConfig.join(',');
        return new Promise((resolve, reject) => {
            const stdio = [options.stdinFd ?? 'pipe', options.stdoutFd ?? 'pipe', 'pipe', ...(traced ? ['pipe'] : [])];
            spawned++;
            // With a time bound, git leads its own process group: a helper it started (git-remote-http) is stopped with it.
            const bounded = options.timeoutMs !== undefined;
            const child = (0,external_node_child_process_namespaceObject.spawn)('git', [...args], { cwd: options.cwd ?? this.cwd, env, stdio, detached: bounded });
            this.running.add(child);
            const gone = () => this.running.delete(child);
            child.on('exit', gone);
            child.on('error', gone);
            const out = [];
            const err = [];
            const trace = [];
            child.stdio[3]?.on('data', (chunk) => trace.push(chunk));
            child.stdout?.on('data', (chunk) => out.push(chunk));
            child.stderr.on('data', (chunk) => err.push(chunk));
            child.on('error', (cause) => {
                reject(new errors_GitError(`could not run git: ${cause.message}`, args, '', null, { cause }));
            });
            let timedOut = false;
            const timer = options.timeoutMs === undefined
                ? undefined
                : setTimeout(() => {
                    timedOut = true;
                    try {
                        process.kill(-child.pid, 'SIGKILL');
                    }
                    catch {
                        child.kill('SIGKILL');
                    }
                }, options.timeoutMs);
            child.on('close', (code) => {
                if (timer)
                    clearTimeout(timer);
                if (timedOut) {
                    reject(new errors_GitError(`git ${describeArgs(args)} did not finish within ${options.timeoutMs} ms and was stopped`, args, '', null));
                    return;
                }
                const stdout = Buffer.concat(out);
                const stderr = Buffer.concat(err).toString('utf8');
                const exitCode = code ?? -1;
                if (!allowed.includes(exitCode)) {
                    const summary = stderr.trim().split('\n').slice(-5).join('\n') || `exit code ${exitCode}`;
                    reject(new errors_GitError(`git ${describeArgs(args)} failed: ${summary}`, args, stderr, exitCode));
                    return;
                }
                resolve({ stdout, stderr, exitCode, ...(traced ? { trace: Buffer.concat(trace).toString('utf8'), traceConfig } : {}) });
            });
            if (!child.stdin)
                return;
            child.stdin.on('error', () => {
                /* the process may exit before reading all input; its exit code tells */
            });
            if (options.input !== undefined)
                child.stdin.end(options.input);
            else
                child.stdin.end();
        });
    }
    /**
     * A small read that must not wait for the event loop (a value computed on first use): `git <args>` run
     * synchronously, stdout as text. Not for anything that may take long or write: use `exec`.
     */
    execSync(args, options = {}) {
        spawned++;
        const r = (0,external_node_child_process_namespaceObject.spawnSync)('git', [...args], { cwd: this.cwd, env: this.env(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        if (r.error)
            throw new errors_GitError(`could not run git: ${r.error.message}`, args, '', null, { cause: r.error });
        const exitCode = r.status ?? -1;
        if (!(options.allowedExitCodes ?? [0]).includes(exitCode)) {
            const summary = r.stderr.trim().split('\n').slice(-5).join('\n') || `exit code ${exitCode}`;
            throw new errors_GitError(`git ${describeArgs(args)} failed: ${summary}`, args, r.stderr, exitCode);
        }
        return { stdout: r.stdout, stderr: r.stderr, exitCode };
    }
    /**
     * Environment entries that add `config` to one call (`GIT_CONFIG_COUNT`/`KEY_n`/`VALUE_n`) after any entries this
     * instance's environment has already (a token's header, say), never in their place. git passes none of them on to
     * a local remote's receive-pack or upload-pack.
     */
    configEnv(config) {
        const given = Number(this.env().GIT_CONFIG_COUNT ?? 0);
        let n = Number.isInteger(given) && given > 0 ? given : 0;
        const out = {};
        for (const [key, value] of Object.entries(config)) {
            out[`GIT_CONFIG_KEY_${n}`] = key;
            out[`GIT_CONFIG_VALUE_${n}`] = value;
            n++;
        }
        out.GIT_CONFIG_COUNT = String(n);
        return out;
    }
    /** The environment of every call: no prompts, no pager, messages in English (we read some of them). */
    env(extra = {}) {
        const env = {
            ...process.env,
            ...this.baseEnv,
            ...extra,
            GIT_TERMINAL_PROMPT: '0',
            GCM_INTERACTIVE: 'never',
            GIT_PAGER: 'cat',
            LC_ALL: 'C',
            LANGUAGE: 'C',
        };
        if (!env.GIT_SSH_COMMAND && !process.env.GIT_SSH_COMMAND)
            env.GIT_SSH_COMMAND = 'ssh -o BatchMode=yes';
        for (const key of Object.keys(env))
            if (env[key] === undefined)
                delete env[key];
        return env;
    }
    /** stdout of a successful command, trailing newline removed. */
    async run(args, options = {}) {
        const { stdout } = await this.exec(args, options);
        return stdout.replace(/\n$/, '');
    }
    async version() {
        Git.versionCache ??= this.run(['version'], { cwd: process.cwd() }).then(parseGitVersion);
        return Git.versionCache;
    }
    async assertVersion(min = MINIMUM_GIT) {
        const v = await this.version();
        if (!versionAtLeast(v, min)) {
            throw new errors_GitError(`git ${v.major}.${v.minor}.${v.patch} is too old: agent-orchestrator needs git ${min.major}.${min.minor} or newer (for merge-tree --write-tree)`, ['version'], '', 0);
        }
        return v;
    }
    /** The commit id `ref` names, or null when it names no commit. */
    async resolveCommit(ref) {
        const r = await this.exec(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], {
            allowedExitCodes: [0, 1, 128],
        });
        const sha = r.stdout.trim();
        return r.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
    }
    async isAncestor(ancestor, descendant) {
        const r = await this.exec(['merge-base', '--is-ancestor', ancestor, descendant], { allowedExitCodes: [0, 1] });
        return r.exitCode === 0;
    }
    /** The best common ancestor, or null when the histories are unrelated. */
    async mergeBase(a, b) {
        const r = await this.exec(['merge-base', a, b], { allowedExitCodes: [0, 1] });
        return r.exitCode === 0 ? r.stdout.trim() || null : null;
    }
    /** `sha1` or `sha256`: a repository's object format never changes, so it is asked once per instance (a scan asks twice). */
    async objectFormat() {
        this.format ??= this.run(['rev-parse', '--show-object-format']);
        this.format.catch(() => (this.format = undefined));
        return this.format;
    }
    /**
     * The person's identity config (`user.name`, `user.email`) as `git config --get-regexp` would list it for
     * this folder, when the first rev-parse there reported it; undefined when it did not (ask git).
     */
    seenIdentityConfig() {
        const seen = Git.configSeen.get(this.cwd);
        return seen === undefined ? undefined : linesOf(seen, ['user.name', 'user.email']);
    }
    /**
     * Whether this folder's repository is shared with a group or everyone (`core.sharedRepository`, which makes
     * git widen the permissions of what it writes), as the first rev-parse there reported it; undefined when it
     * did not (then only git writes objects: see objects.ts).
     */
    seenSharedRepository() {
        const seen = Git.configSeen.get(this.cwd);
        if (seen === undefined)
            return undefined;
        const value = linesOf(seen, ['core.sharedrepository']).split('\n').filter(Boolean).pop()?.slice('core.sharedrepository '.length);
        // Unset, false or umask: git leaves the permissions to the umask. Anything else (true, group, all, an octal
        // mode, a key with no value) widens them.
        return value !== undefined && !/^(?:false|umask|no|off|0+)$/i.test(value.trim());
    }
    /**
     * Stops this instance's git processes that still run (SIGKILL: at once). For a process that is being stopped
     * itself: a merge must not go on writing into a sandbox it removes (merge-sandbox.ts).
     */
    stopRunning() {
        for (const child of this.running) {
            try {
                child.kill('SIGKILL');
            }
            catch {
                // Gone already.
            }
        }
        this.running.clear();
    }
    /** The folder of the repository's objects (a worktree's is the common one), absolute; asked once per instance. */
    async objectsDir() {
        this.objects ??= this.run(['rev-parse', '--git-path', 'objects']).then((p) => (0,external_node_path_.resolve)(this.cwd, p));
        this.objects.catch(() => (this.objects = undefined));
        return this.objects;
    }
    /** Asked of git once per instance (a scan asks in several places); a fetch that deepens or shallows asks again. */
    async isShallow() {
        this.shallow ??= this.run(['rev-parse', '--is-shallow-repository']).then((out) => out === 'true');
        this.shallow.catch(() => (this.shallow = undefined));
        return this.shallow;
    }
    /** `git ls-remote` for refs matching the patterns (heads only unless `tags`): ref name → commit id. */
    async lsRemote(remote, patterns = [], options = {}) {
        const out = await this.run(['ls-remote', ...(options.tags ? ['--heads', '--tags'] : ['--heads']), '--', remote, ...patterns]);
        const refs = new Map();
        for (const line of out.split('\n')) {
            if (!line)
                continue;
            const tab = line.indexOf('\t');
            refs.set(line.slice(tab + 1), line.slice(0, tab));
        }
        return refs;
    }
    /** Store `content` as a blob and return its id. */
    async writeBlob(content) {
        return this.run(['hash-object', '-w', '--stdin'], { input: content });
    }
    async readBlob(spec) {
        return (await this.exec(['cat-file', 'blob', spec])).stdout;
    }
    /** Whether git and this repository agree the folder is a repository. */
    async isRepository() {
        return (await this.isRepositoryWith([])).repository;
    }
    /**
     * `isRepository`, with `extra` rev-parse arguments asked in the same process: their output lines, or null
     * when git refused them (a bare repository has no work tree, an unborn branch no HEAD commit; the folder
     * is then asked again without them).
     */
    async isRepositoryWith(extra) {
        // Whether the clone is shallow and its object format come with it: the processes a scan would spend on
        // isShallow and objectFormat later (the format when it records: its objects are written in process) are saved.
        // So does git's version, from the trace git writes as it starts: no `git version` of its own.
        const r = await this.execBuffer(['rev-parse', '--is-shallow-repository', '--show-object-format', '--git-dir', '--git-path', 'objects', ...extra], {
            allowedExitCodes: [0, 128],
            trace: Git.versionCache === undefined || !Git.configSeen.has(this.cwd),
            // And config the run needs (TRACED_KEYS) as git reads it (what `git config --get-regexp` would list).
            traceConfig: TRACED_KEYS,
        });
        const traced = r.trace === undefined ? null : versionOfTrace(r.trace);
        if (traced)
            Git.versionCache ??= Promise.resolve(traced);
        if (r.trace !== undefined && r.traceConfig)
            Git.configSeen.set(this.cwd, configOfTrace(r.trace, TRACED_KEYS));
        const lines = r.stdout.toString('utf8').split('\n');
        const [shallow, format, gitDir, objects] = lines;
        // rev-parse prints as it goes: when only `extra` failed, the repository's four lines came first.
        const opened = /^(?:true|false)$/.test(shallow ?? '') && /^sha(?:1|256)$/.test(format ?? '') && Boolean(gitDir) && Boolean(objects);
        if (r.exitCode !== 0 && !opened)
            return extra.length ? { repository: await this.isRepository(), extra: null } : { repository: false, extra: null };
        this.shallow ??= Promise.resolve(shallow === 'true');
        if (format === 'sha1' || format === 'sha256')
            this.format ??= Promise.resolve(format);
        if (objects)
            this.objects ??= Promise.resolve((0,external_node_path_.resolve)(this.cwd, objects));
        return { repository: true, extra: r.exitCode === 0 ? lines.slice(4) : null };
    }
}
function parseGitVersion(text) {
    const m = /git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
    if (!m)
        throw new errors_GitError(`cannot read the git version from "${text.trim()}"`, ['version'], '', 0);
    return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), text: text.trim() };
}
/** git's version from its trace2 (normal or brief format: `... version 2.39.5`), or null when it names none. */
function versionOfTrace(trace) {
    const m = /(?:^|\s)version (\d+\.\d+\S*)\s*$/m.exec(trace);
    return m ? parseGitVersion(`git version ${m[1]}`) : null;
}
/**
 * The config keys whose values come with the first rev-parse: the person's identity (see config.ts) and
 * whether the repository is shared (the permissions of the objects written in process: objects.ts).
 */
const TRACED_KEYS = ['user.name', 'user.email', 'core.sharedrepository'];
/** The lines of a `key value` listing whose key is one of `keys`, in order. */
function linesOf(listing, keys) {
    return listing
        .split('\n')
        .filter((l) => keys.includes(l.slice(0, l.indexOf(' ')).toLowerCase()))
        .join('\n');
}
/**
 * The values of `keys` a trace2 (normal format) reports, as `git config --get-regexp` lists them (`key value`
 * per line, in git's order, every scope); old gits write no `scope:`.
 */
function configOfTrace(trace, keys) {
    const lines = [];
    for (const line of trace.split('\n')) {
        const m = /(?:^|\s)def_param (?:scope:\S+ )?([^=\s]+)=(.*)$/.exec(line);
        if (m && keys.includes(m[1].toLowerCase()))
            lines.push(`${m[1].toLowerCase()} ${m[2]}`);
    }
    return lines.join('\n');
}
function versionAtLeast(v, min) {
    return v.major > min.major || (v.major === min.major && v.minor >= min.minor);
}
function describeArgs(args) {
    const shown = args.slice(0, 6).map((a) => (a.length > 60 ? `${a.slice(0, 57)}...` : a));
    return shown.join(' ') + (args.length > 6 ? ' ...' : '');
}

;// CONCATENATED MODULE: ./shared/naming/role-file.ts





/** The local role file `agents setup` writes (git-excluded). */
const ROLE_FILE = '.orchestrator/agent.local';
/** The name the original system used; read too, never written. */
const CLAUDE_ROLE_FILE = '.claude/agent-role.local';
/** Both names, in the order they are read. */
const ROLE_FILES = [ROLE_FILE, CLAUDE_ROLE_FILE];
/** A role file is three short lines; anything bigger is not one (and is not read into memory whole). */
const MAX_ROLE_FILE_BYTES = 4096;
const role_file_KEYS = ['role', 'feature', 'agent'];
/**
 * Reads and validates the role file(s) in `cwd`. The file is untrusted input
 * (anyone, or any agent, can write it): its size is bounded, every line must be
 * `key: value` with a known key given once, and each value must be a valid role,
 * spec id or agent name; any problem is an InputError naming the file, the line
 * and the bad value. When both names exist they must say the same, else the
 * error names both (neither silently wins).
 */
function readRoleFiles(cwd) {
    const found = ROLE_FILES.filter((p) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(cwd, p))).map((p) => parseRoleFile(p, readBounded(cwd, p)));
    if (found.length === 0)
        return null;
    const [first, second] = found;
    if (second) {
        for (const key of role_file_KEYS) {
            const a = first.values[key];
            const b = second.values[key];
            if (a !== b)
                throw new errors_InputError(`${first.path} and ${second.path} disagree: ${key} ${quote_quote(a ?? '(none)')} versus ${quote_quote(b ?? '(none)')}; keep one of them (agents setup writes ${ROLE_FILE})`);
        }
    }
    return first;
}
function readBounded(cwd, path) {
    const full = (0,external_node_path_.join)(cwd, path);
    if (!(0,external_node_fs_.lstatSync)(full).isFile())
        throw new errors_InputError(`${path} is not a regular file; expected lines like "role: implementor"`);
    const fd = (0,external_node_fs_.openSync)(full, 'r');
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        if (size > MAX_ROLE_FILE_BYTES)
            throw new errors_InputError(`${path} is ${size} bytes, more than the ${MAX_ROLE_FILE_BYTES} a role file may have; expected lines like "role: implementor"`);
        const buffer = Buffer.alloc(size);
        const read = (0,external_node_fs_.readSync)(fd, buffer, 0, size, 0);
        return buffer.subarray(0, read).toString('utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
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
            throw new errors_InputError(`${where}: ${quote_quote(line)} is not "key: value"; expected role, feature and agent lines, e.g. "role: implementor"`);
        const key = m[1].toLowerCase();
        const value = m[2].trim();
        if (!role_file_KEYS.includes(key))
            throw new errors_InputError(`${where}: unknown key ${quote_quote(m[1])}; expected role, feature or agent`);
        if (seen.has(key))
            throw new errors_InputError(`${where}: ${key} is given twice; give it once`);
        seen.add(key);
        if (key === 'role') {
            if (value !== 'overseer' && value !== 'implementor')
                throw new errors_InputError(`${where}: role ${quote_quote(value)} is not valid; expected overseer or implementor`);
            values.role = value;
        }
        else if (key === 'feature') {
            const problem = specIdProblem(value);
            if (problem)
                throw new errors_InputError(`${where}: feature ${quote_quote(value)} is not valid: ${problem}; expected a spec id such as 004-user-auth`);
            values.feature = value;
        }
        else {
            const problem = branchNameProblem(value);
            if (problem)
                throw new errors_InputError(`${where}: agent ${quote_quote(value)} is not valid: ${problem}; expected the agent's name (impl-2, overseer) or its branch`);
            values.agent = value;
        }
    });
    if (!values.role && !values.feature && !values.agent)
        throw new errors_InputError(`${path} names no role, feature or agent; expected lines like "role: implementor", "feature: 004-user-auth", "agent: impl-2"`);
    return { path, values };
}
/** The text `agents setup` writes: the same keys, in the same order, that `parseRoleFile` reads. */
function formatRoleFile(values) {
    return role_file_KEYS.filter((k) => values[k])
        .map((k) => `${k}: ${values[k]}\n`)
        .join('');
}

;// CONCATENATED MODULE: ./shared/naming/role-source.ts




/**
 * The role, feature and agent of this checkout, from (in order) the flags,
 * the branch name, then the local role file. A role file that contradicts an
 * agent branch is an error naming both: the file says who the checkout was set
 * up as, the branch who it is now, and guessing which is stale could let one
 * agent act as another. Flags are explicit and win silently over both.
 */
function resolveAgentIdentity(options) {
    const { naming, branch } = options;
    const parsed = branch ? parseBranch(naming, branch) : null;
    const file = options.readFile ? readRoleFiles(options.cwd) : null;
    const fromFile = file ? fileIdentity(file, naming) : null;
    if (file && fromFile && parsed && branch)
        checkAgreement(file, fromFile, branch, parsed);
    const out = { sources: {}, checkedOut: branch };
    if (file)
        out.file = file;
    const flagRole = options.flags?.role;
    if (flagRole !== undefined && flagRole !== 'overseer' && flagRole !== 'implementor')
        throw new errors_InputError(`--role ${quote_quote(flagRole)} is not valid; expected overseer or implementor`);
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
        out.branch = formatBranch(naming, agentFeature, agentFrom.p.role, agentFrom.p.index);
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
    const asBranch = agent.includes('/') ? parseBranch(naming, agent) : parseAgentName(naming, agent);
    if (!asBranch)
        throw new errors_InputError(`${file.path}: agent ${quote_quote(agent)} is not an agent of the naming (expected ${quote_quote(naming.overseer)}, ${quote_quote(naming.implementor.replace('{n}', '2'))} or a branch like ${quote_quote(formatBranch(naming, feature ?? '004-user-auth', 'implementor', 2))})`);
    if (role && asBranch.role !== role)
        throw new errors_InputError(`${file.path}: agent ${quote_quote(agent)} is an ${asBranch.role}, but the file says role ${quote_quote(role)}`);
    if (feature && asBranch.spec && asBranch.spec !== feature)
        throw new errors_InputError(`${file.path}: agent ${quote_quote(agent)} belongs to feature ${quote_quote(asBranch.spec)}, but the file says feature ${quote_quote(feature)}`);
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
        .map(([k, v]) => `${k} ${quote_quote(v)}`)
        .join(', ');
    const branchIs = `the ${parsed.role}${parsed.index !== undefined ? ` ${parsed.index}` : ''} branch of feature ${quote_quote(parsed.spec)}`;
    throw new errors_InputError(`${file.path} says ${fileSays}, but branch ${quote_quote(branch)} is ${branchIs}; they must agree (remove ${file.path} or run "orchestrator agents setup" again if this checkout changed roles)`);
}
/** One line for the CLI: the identity and where each part came from. */
function describeIdentity(id) {
    if (!id.role && !id.feature)
        return 'no role: the branch is not an agent branch and no role file names one';
    const from = (s) => s === 'file' ? `the role file ${id.file?.path}` : s === 'branch' ? `branch ${quote(id.checkedOut ?? '')}` : 'the command line';
    const parts = [];
    if (id.role)
        parts.push(`${id.role}${id.agent && id.role === 'implementor' ? ` ${id.agent}` : ''} (from ${from(id.sources.role)})`);
    if (id.feature)
        parts.push(`feature ${id.feature}${id.sources.feature !== id.sources.role ? ` (from ${from(id.sources.feature)})` : ''}`);
    return `working as ${parts.join(', ')}`;
}

;// CONCATENATED MODULE: ./shared/check-path/caller.ts

/**
 * The caller's role, feature and branch by the one resolution every CLI
 * command uses: the checked-out branch when it is an agent branch, else the
 * local role file (read only when `readFile`: the CLI outside Actions). A
 * role file that contradicts the branch is an error naming both. Null when
 * neither tells.
 */
function caller_resolveCaller(cwd, branch, naming, readFile = true) {
    const id = resolveAgentIdentity({ branch, naming, cwd, readFile });
    if (!id.role || !id.feature || !id.branch)
        return null;
    return { role: id.role, spec: id.feature, branch: id.branch };
}

;// CONCATENATED MODULE: ./shared/git/quoted-path.ts
/** git's escapes in a quoted path (core.quotePath), as the byte each stands for. */
const C_ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/**
 * A path as git prints it (`ls-tree`, a patch header): in double quotes with
 * C escapes ("caf\303\251") when it holds unusual bytes, else as it is.
 * Paths are bytes, so the text is read and written in one encoding: 'utf8'
 * for text, 'latin1' for byte strings (one character per byte, see
 * conflicts/raw-path.ts), which keep any byte sequence unchanged.
 */
function unquoteGitPath(quoted, encoding = 'utf8') {
    if (quoted.charCodeAt(0) !== 0x22 || quoted.length < 2 || !quoted.endsWith('"'))
        return quoted;
    const body = Buffer.from(quoted.slice(1, -1), encoding);
    const bytes = [];
    for (let i = 0; i < body.length; i++) {
        if (body[i] !== 0x5c) {
            bytes.push(body[i]);
            continue;
        }
        const next = String.fromCharCode(body[i + 1]);
        if (next in C_ESCAPES) {
            bytes.push(C_ESCAPES[next]);
            i += 1;
        }
        else {
            bytes.push(parseInt(body.toString('latin1', i + 1, i + 4), 8));
            i += 3;
        }
    }
    return Buffer.from(bytes).toString(encoding);
}

;// CONCATENATED MODULE: ./shared/git/diff.ts
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
const STATUS_BATCH_ARGS = (/* unused pure expression or super */ null && ([
    'diff-tree',
    '--stdin',
    '--always',
    '-r',
    '--no-renames',
    '--ignore-submodules=none',
    '--name-status',
    '-z',
]));
/** `diff-tree --stdin --name-status -z` of many "<tip> <base>" lines in one process; each range's output starts with its line. */
async function diffTreeStatusBatch(git, input) {
    return (await git.execBuffer(STATUS_BATCH_ARGS, { input })).stdout;
}

;// CONCATENATED MODULE: ./shared/check-path/patch-ranges.ts


/**
 * Every path `tip` changed since `base`, with the changed lines in `tip`'s
 * version. Paths are byte strings (latin1: one character per byte, see
 * conflicts/raw-path.ts), so names with spaces, line breaks or any other bytes
 * survive. The set of paths comes from `diff-tree -z` (exact bytes); the lines
 * from git's own zero-context patch, so they are what `git diff` says, not a
 * second opinion. A path with no hunk (mode change, empty file) has no ranges.
 */
async function changedPaths(git, base, tip) {
    const [names, patch] = await Promise.all([diffTreeNames(git, base, tip), diffTreeZeroContext(git, base, tip)]);
    const out = new Map();
    for (const name of names.toString('latin1').split('\0'))
        if (name)
            out.set(name, { ranges: [] });
    for (const [path, change] of parsePatch(patch.toString('latin1'))) {
        const known = out.get(path);
        if (known) {
            known.ranges.push(...change.ranges);
            if (change.binary)
                known.binary = true;
        }
    }
    return out;
}
/** Files of a `-U0` patch (latin1 text) → their hunks' line ranges in the new version. */
function parsePatch(text) {
    const out = new Map();
    const lines = text.split('\n');
    let oldPath = null;
    let current = null;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.startsWith('diff --git ')) {
            oldPath = null;
            current = null;
        }
        else if (line.startsWith('--- ')) {
            oldPath = headerPath(line.slice(4), 'a/');
        }
        else if (line.startsWith('+++ ')) {
            const path = headerPath(line.slice(4), 'b/') ?? oldPath;
            if (path === null)
                continue;
            current = out.get(path) ?? { ranges: [] };
            out.set(path, current);
        }
        else if (line.startsWith('Binary files ')) {
            const path = binaryPath(line);
            if (path !== null)
                out.set(path, { ranges: [], binary: true });
        }
        else if (line.startsWith('@@ ') && current) {
            const m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line);
            if (!m)
                continue;
            const removed = m[1] === undefined ? 1 : Number(m[1]);
            const start = Number(m[2]);
            const added = m[3] === undefined ? 1 : Number(m[3]);
            // An empty range (lines removed only) is the gap after line `start`: {start + 1, start}.
            current.ranges.push(added > 0 ? { start, end: start + added - 1 } : { start: start + 1, end: start });
            // Skip the hunk's own lines: a removed line "-- a/x" must not read as a header.
            let body = removed + added;
            while (body > 0 && i + 1 < lines.length) {
                const next = lines[i + 1];
                if (next.startsWith('\\')) {
                    i++;
                    continue;
                }
                if (!next.startsWith('+') && !next.startsWith('-'))
                    break;
                i++;
                body--;
            }
            while (i + 1 < lines.length && lines[i + 1].startsWith('\\'))
                i++;
        }
    }
    return out;
}
/** The path of a `---`/`+++` header (after the marker), or null for /dev/null. */
function headerPath(rest, prefix) {
    // git ends the name with a tab when it contains a space (for patch(1)); the tab itself would be quoted.
    const value = rest.endsWith('\t') ? rest.slice(0, -1) : rest;
    if (value === '/dev/null')
        return null;
    const name = value.startsWith('"') ? unquoteGitPath(value, 'latin1') : value;
    return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}
/** "Binary files a/x and b/y differ": the new side's name (the old one for a deletion). */
function binaryPath(line) {
    const body = line.slice('Binary files '.length, line.length - ' differ'.length);
    const quotedNew = /(?:^| and )("b\/(?:[^"\\]|\\.)*")$/.exec(body);
    if (quotedNew)
        return unquoteGitPath(quotedNew[1], 'latin1').slice(2);
    const plainNew = / and b\/(.*)$/.exec(body);
    if (plainNew)
        return plainNew[1];
    const deleted = /^(?:"a\/((?:[^"\\]|\\.)*)"|a\/(.*)) and \/dev\/null$/.exec(body);
    if (deleted)
        return deleted[1] !== undefined ? unquoteGitPath(`"a/${deleted[1]}"`, 'latin1').slice(2) : deleted[2];
    return null;
}

;// CONCATENATED MODULE: ./shared/git/history.ts
/** Walking commits: rev-list, merge bases of many tips, log messages. */
/** `rev-list --left-right --count` of a symmetric range (`a...b`): "<ahead>\t<behind>". */
async function leftRightCount(git, range) {
    return git.run(['rev-list', '--left-right', '--count', '--end-of-options', range]);
}
/** The first best common ancestor of all the tips, or null when they share none. */
async function octopusMergeBase(git, tips) {
    const r = await git.exec(['merge-base', '--octopus', ...tips], { allowedExitCodes: [0, 1] });
    return r.exitCode === 0 ? r.stdout.trim().split('\n')[0] || null : null;
}
/** `rev-list --topo-order --parents` of the revisions given on stdin (`<tip>` or `^<excluded>` lines): "<id> <parent>..." lines. */
async function topoParents(git, input) {
    return git.run(['rev-list', '--topo-order', '--parents', '--stdin'], { input });
}
/** Each commit of `range` with its parents (`[id, ...parents]`), newest first; null when git cannot walk the range. */
async function commitParents(git, range) {
    const r = await git.exec(['rev-list', '--parents', range], { allowedExitCodes: [0, 128] });
    if (r.exitCode !== 0)
        return null;
    return r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(' '));
}
/** The commits `from..to` along first parents, oldest first. */
async function firstParentLine(git, from, to) {
    return (await git.run(['rev-list', '--first-parent', '--reverse', `${from}..${to}`])).split('\n').filter(Boolean);
}
function logArgs(o) {
    const reverse = o.reverse ? ['--reverse'] : [];
    const max = o.maxCount === undefined ? [] : [`--max-count=${o.maxCount}`];
    return ['log', ...reverse, ...max, '--no-color', `--format=${o.format}`, ...o.range, '--'];
}
/** `git log` formatted, as text (trailing newline removed). */
async function logText(git, options) {
    return git.run(logArgs(options));
}
/** `git log` formatted, as bytes. */
async function logBytes(git, options) {
    return (await git.execBuffer(logArgs(options))).stdout;
}
/** The author and committer dates of a commit, raw (`<seconds> <zone>`), on two lines. */
async function rawDates(git, commit) {
    return git.run(['log', '-1', '--format=%ad%n%cd', '--date=raw', commit]);
}
/** Writes a commit-graph of every reachable commit, so that later walks read it instead of the objects. */
async function writeCommitGraph(git) {
    await git.run(['commit-graph', 'write', '--reachable', '--no-progress']);
}

;// CONCATENATED MODULE: ./shared/check-path/sibling-cache.ts








/**
 * The caller's siblings and their tips, from one `for-each-ref`: the
 * remote-tracking refs (`git fetch`) and the private refs check-conflicts
 * fetches into. When both know a branch, the newer commit wins.
 */
async function siblingTips(git, remote, naming, caller) {
    const literal = naming.pattern.slice(0, naming.pattern.indexOf('{'));
    const roots = [`${PRIVATE_PREFIX}${literal}`];
    const named = isRemoteName(remote);
    if (named)
        roots.unshift(`refs/remotes/${remote}/${literal}`);
    const out = await listRefs(git, '%(objectname) %(committerdate:unix) %(refname)', roots);
    const best = new Map();
    for (const line of out.split('\n')) {
        const m = /^([0-9a-f]{40,64}) (\d+) (.+)$/.exec(line);
        if (!m)
            continue;
        const ref = m[3];
        const name = ref.startsWith(PRIVATE_PREFIX) ? ref.slice(PRIVATE_PREFIX.length) : ref.slice(`refs/remotes/${remote}/`.length);
        const parsed = parseBranch(naming, name);
        if (!parsed || parsed.spec !== caller.spec || name === caller.branch)
            continue;
        const time = Number(m[2]);
        const known = best.get(name);
        if (!known || time > known.time)
            best.set(name, { tip: m[1], time, role: parsed.role, ref });
    }
    return [...best.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([branch, v]) => ({ branch, role: v.role, tip: v.tip, ref: v.ref }));
}
/** The cache file, or null when it is missing, unreadable or for another agent (then it is rebuilt). */
function readCache(path, caller) {
    try {
        const cache = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        if (cache.version !== 1 || cache.spec !== caller.spec || cache.agent !== caller.branch || !Array.isArray(cache.siblings))
            return null;
        return cache;
    }
    catch {
        return null;
    }
}
/** Written whole to a temporary file then renamed: a reader never sees half a cache, two writers never mix. */
function writeCache(path, cache) {
    // It lives in <git folder>/orchestrator/ (CACHE_FILE): written through the one gate, no link followed.
    replaceConfined((0,external_node_path_.dirname)((0,external_node_path_.dirname)(path)), path, `${JSON.stringify(cache)}\n`);
}
/**
 * Brings the cache up to the current tips and HEAD, touching only what moved:
 * an entry whose sibling tip and HEAD are unchanged is used as is (no git
 * call); a new HEAD costs one `merge-base` per sibling, and a diff only when
 * the base changed; a moved tip costs one merge base and one diff of that pair.
 */
async function updateCache(git, previous, tips, head, caller, now) {
    const stats = { diffed: [], rebased: [] };
    const old = new Map((previous?.siblings ?? []).map((s) => [s.branch, s]));
    const keep = await keptBases(git, head, tips, old);
    const siblings = await Promise.all(tips.map(async (t) => {
        const known = old.get(t.branch);
        if (known && known.tip === t.tip && known.head === head)
            return known;
        const base = known && keep.has(t.branch) ? known.base : await git.mergeBase(head, t.tip);
        if (known && known.tip === t.tip && known.base === base) {
            stats.rebased.push(t.branch);
            return { ...known, head };
        }
        stats.diffed.push(t.branch);
        return { branch: t.branch, role: t.role, tip: t.tip, head, base, paths: base ? await pathsOf(git, base, t.tip) : {} };
    }));
    const changed = !previous || stats.diffed.length > 0 || stats.rebased.length > 0 || previous.siblings.length !== siblings.length;
    const cache = {
        version: 1,
        spec: caller.spec,
        agent: caller.branch,
        builtAt: changed || !previous ? now.toISOString() : previous.builtAt,
        ...(previous?.fetchedAt ? { fetchedAt: previous.fetchedAt } : {}),
        siblings,
    };
    return { cache, stats, changed };
}
/**
 * The siblings (same tip, entry taken at another HEAD) whose merge base cannot
 * have changed, found with two git calls instead of one merge base each: when
 * HEAD only gained commits of its own on top of the entries' HEAD (a chain
 * without merges: the agent committed), the common ancestors with a sibling are
 * the same unless the sibling has the first of those commits (it pulled from us).
 */
async function keptBases(git, head, tips, old) {
    const kept = new Set();
    const moved = tips.filter((t) => old.get(t.branch)?.tip === t.tip && old.get(t.branch).head !== head);
    const oldHead = moved.length ? old.get(moved[0].branch).head : null;
    if (!oldHead)
        return kept;
    const commits = await commitParents(git, `${oldHead}..${head}`);
    // A merge, a root, or a HEAD that does not descend from the old one: every base is taken again.
    const first = commits?.find((c) => c[1] === oldHead);
    if (!commits || !first || commits.some((c) => c.length !== 2))
        return kept;
    const same = moved.filter((t) => old.get(t.branch).head === oldHead);
    const containing = new Set((await listRefs(git, '%(refname)', same.map((t) => t.ref), { contains: first[0] })).split('\n'));
    for (const t of same)
        if (!containing.has(t.ref))
            kept.add(t.branch);
    return kept;
}
async function pathsOf(git, base, tip) {
    // No prototype: a file named "__proto__" or "constructor" is a key like any other.
    const out = Object.create(null);
    for (const [path, change] of await changedPaths(git, base, tip))
        out[path] = change.binary ? 'binary' : change.ranges.map((r) => [r.start, r.end]);
    return out;
}
/** What a sibling changed in `path` (a byte string), or null when it did not change it. */
function changeOf(entry, path) {
    if (!Object.hasOwn(entry.paths, path))
        return null;
    const value = entry.paths[path];
    return value === 'binary' ? { ranges: [], binary: true } : { ranges: value.map(([start, end]) => ({ start, end })), binary: false };
}
/** Modification time of a file as an ISO time, or null. */
function mtimeOf(path) {
    try {
        return (0,external_node_fs_.statSync)(path).mtime.toISOString();
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./shared/check-path/check-path.ts














const CACHE_FILE = 'orchestrator/sibling-changes.json';
async function locate(cwd) {
    const located = locatedBy(cwd, await checkoutFacts(new Git(cwd), CACHE_FILE));
    if (!located)
        throw new errors_InputError(`${quote_quote(cwd)} is not a git work tree with a commit checked out; check-path runs inside an agent's checkout`);
    return located;
}
/**
 * `locate` from `checkoutFacts`' lines for CACHE_FILE asked already (with the repository's first rev-parse:
 * `checkoutFactArgs`); null when they say this is no work tree with a commit checked out.
 */
function locatedBy(cwd, lines) {
    if (!lines || lines.length < 5 || !/^[0-9a-f]{40,64}$/.test(lines[3]))
        return null;
    let toplevel;
    try {
        toplevel = (0,external_node_fs_.realpathSync)(lines[0]);
    }
    catch {
        return null;
    }
    const at = (p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(cwd, p));
    return {
        git: new Git(cwd),
        toplevel,
        cachePath: at(lines[1]),
        fetchHead: at(lines[2]),
        head: lines[3],
        branch: branchOfRef(lines[4]),
    };
}
/** A path named on the command line → its repository-relative bytes (latin1); outside the repository → exit 2. */
function repoPath(value, cwd, toplevel) {
    const absolute = confinePath((0,external_node_path_.resolve)(cwd, value), 'path', { cwd: toplevel, tempDir: toplevel }, { allowControls: true });
    const rel = (0,external_node_path_.relative)(toplevel, absolute);
    if (rel === '' || rel.startsWith('..'))
        throw new errors_InputError(`path ${quote_quote(value)} is not a file inside the repository (${toplevel})`);
    return Buffer.from(rel.split(external_node_path_.sep).join('/'), 'utf8').toString('latin1');
}
/** The caller's feature siblings and what they changed, from the cache (brought up to date with what moved). */
async function checkPaths(options) {
    // It reaches `git fetch` as an argument: an option in disguise (`-u…`) is refused before any git call.
    validateRemote(options.remote);
    const where = options.located ?? (await locate(options.cwd));
    const wanted = options.paths.map((p) => repoPath(p, options.cwd, where.toplevel));
    const naming = (await readConfig({ kind: 'work-tree', path: options.configPath }, { cwd: where.toplevel })).branches;
    const caller = caller_resolveCaller(where.toplevel, where.branch, naming);
    if (!caller)
        throw new errors_InputError(`cannot tell which feature this checkout works on: branch ${quote_quote(where.branch ?? '(detached)')} is not an agent branch and .orchestrator/agent.local names none (run "orchestrator agents setup")`);
    if (options.fetch)
        await fetchSiblings(where.git, options.remote, naming, caller);
    const { cache, stats } = await refresh(where, options.remote, naming, caller, options.now, Boolean(options.fetch));
    const answers = wanted.map((bytes) => {
        const hits = [];
        for (const s of cache.siblings) {
            const change = s.base ? changeOf(s, bytes) : null;
            if (change)
                hits.push({ branch: s.branch, role: s.role, tip: s.tip, base: s.base, ...change });
        }
        return { ...displayPath(bytes), siblings: hits };
    });
    const fetchHead = mtimeOf(where.fetchHead);
    const fetchedAt = [cache.fetchedAt, fetchHead]
        .filter((t) => Boolean(t))
        .sort()
        .pop() ?? null;
    const since = Date.parse(fetchedAt ?? cache.builtAt);
    return {
        caller,
        answers,
        collision: answers.some((a) => a.siblings.length > 0),
        siblings: cache.siblings.map((s) => ({ branch: s.branch, tip: s.tip, role: s.role })),
        data: { fetchedAt, builtAt: cache.builtAt, ageSeconds: Math.max(0, Math.round((options.now.getTime() - since) / 1000)) },
        stats,
    };
}
async function refresh(where, remote, naming, caller, now, fetched) {
    const tips = await siblingTips(where.git, remote, naming, caller);
    const previous = readCache(where.cachePath, caller);
    const updated = await updateCache(where.git, previous, tips, where.head, caller, now);
    if (fetched)
        updated.cache.fetchedAt = now.toISOString();
    if (updated.changed || fetched)
        writeCache(where.cachePath, updated.cache);
    return updated;
}
/** One `git fetch` of the feature's branches: remote-tracking refs for a named remote, else our private refs. */
async function fetchSiblings(git, remote, naming, caller) {
    const glob = branchGlob(naming, caller.spec);
    const named = isRemoteName(remote);
    const dst = named ? `refs/remotes/${remote}/${glob}` : privateRef(glob);
    await fetchPruned(git, remote, `+refs/heads/${glob}:${dst}`);
}
/**
 * Refreshes the cache after something else fetched the branches (check-conflicts):
 * nothing when this checkout is not an agent's. Never throws: the scan must not
 * fail because of a side cache.
 */
async function refreshAfterFetch(cwd, remote, naming, now, readRoleFile, 
/** What the caller found already (`locatedBy`; null: not a checkout); undefined: asked here. */
located) {
    try {
        const where = located === undefined ? await locate(cwd) : located;
        if (!where)
            return null;
        const caller = resolveCaller(where.toplevel, where.branch, naming, readRoleFile);
        if (!caller)
            return null;
        return (await refresh(where, remote, naming, caller, now, true)).stats;
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./shared/check-path/hook-io.ts

/**
 * Claude Code's editing tools and the field of `tool_input` that names the file
 * (its documented PreToolUse payloads): `Write` {file_path, content}, `Edit`
 * {file_path, old_string, new_string, replace_all}, `MultiEdit` {file_path,
 * edits}, `NotebookEdit` {notebook_path, cell_id, new_source, cell_type, edit_mode}.
 */
const EDIT_TOOLS = {
    Write: 'file_path',
    Edit: 'file_path',
    MultiEdit: 'file_path',
    NotebookEdit: 'notebook_path',
};
/** The hook's matcher in the settings: every editing tool above. */
const EDIT_TOOL_MATCHER = Object.keys(EDIT_TOOLS).join('|');
/**
 * The edit the hook is asked about, or null when it is not an edit (another event, a tool that names no file):
 * then we stay silent. Input we cannot judge throws, naming why: not JSON, not an object, an editing tool
 * without its path, a `cwd` that is not an absolute path. The hook logs why, and under --block denies.
 */
function parseHookInput(text, fallbackCwd) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`the input on stdin (${Buffer.byteLength(text)} bytes) is not JSON (${error instanceof Error ? error.message : String(error)}); expected Claude Code's PreToolUse payload`);
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        throw new Error(`the input on stdin is JSON but not an object (${Array.isArray(raw) ? 'an array' : raw === null ? 'null' : typeof raw}); expected Claude Code's PreToolUse payload`);
    const input = raw;
    if (input.hook_event_name !== undefined && input.hook_event_name !== 'PreToolUse')
        return null;
    const tool = typeof input.tool_name === 'string' ? input.tool_name : '';
    const toolInput = (input.tool_input && typeof input.tool_input === 'object' ? input.tool_input : {});
    if (tool === '')
        throw new Error("the payload names no tool_name; expected Claude Code's PreToolUse payload");
    // Another tool is not an edit we judge (the matcher sends only these); an editing tool without its path is input we cannot judge.
    const field = EDIT_TOOLS[tool];
    if (!field)
        return null;
    const filePath = toolInput[field];
    if (typeof filePath !== 'string' || filePath === '')
        throw new Error(`the ${tool || 'edit'} payload has no tool_input.${field} (a non-empty string); expected Claude Code's PreToolUse payload`);
    if (input.cwd !== undefined && (typeof input.cwd !== 'string' || !(0,external_node_path_.isAbsolute)(input.cwd)))
        throw new Error(`the payload's cwd ${JSON.stringify(input.cwd)} is not an absolute path`);
    const cwd = typeof input.cwd === 'string' ? input.cwd : fallbackCwd;
    return { cwd, toolName: tool, filePath };
}
/**
 * Under --block, an edit the hook cannot judge is denied (fail closed), with the reason: a hook that lets
 * through what it could not check is no guard. Claude Code shows the reason to the agent.
 */
function cannotJudgeOutput(why) {
    const reason = `agent-orchestrator check-path (--block) cannot judge this edit, so it is denied: ${why}. Edit files inside this repository, from inside it; if this is wrong, tell the overseer (\`npx orchestrator events raise-blocker\`).`;
    return JSON.stringify({
        hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: reason },
        systemMessage: `check-path: edit denied, cannot judge it (${why})`,
    });
}
function formatRanges(ranges) {
    return ranges
        .map((r) => (r.end < r.start ? `lines removed after ${r.end}` : r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`))
        .join(', ');
}
/** How old the data is, for a person or an agent: "fetched 3 min ago (2026-…Z)". */
function describeAge(result) {
    const s = result.data.ageSeconds;
    const ago = s < 90 ? `${s} s` : s < 5400 ? `${Math.round(s / 60)} min` : `${Math.round(s / 3600)} h`;
    return result.data.fetchedAt
        ? `branches fetched ${ago} ago (${result.data.fetchedAt})`
        : `never fetched by check-path; cache built ${ago} ago (${result.data.builtAt})`;
}
/** One line per sibling that touched the path. */
function describeHits(answer) {
    return answer.siblings.map((h) => `${h.branch} (${h.role}, at ${h.tip.slice(0, 12)}): ${h.binary ? 'binary file changed' : h.ranges.length ? `lines ${formatRanges(h.ranges)}` : 'changed (no lines: mode or empty file)'}`);
}
/**
 * The hook's stdout: Claude Code reads JSON on exit 0. A warning is
 * `hookSpecificOutput.additionalContext` (given to the agent before the tool
 * runs; the edit goes ahead under the normal permission rules) plus a
 * `systemMessage` for the person; `--block` answers `permissionDecision:
 * "deny"` with the reason, which Claude Code shows to the agent.
 */
function hookOutput(result, answer, block, remote, drift) {
    const scope = drift
        ? [
            `agent-orchestrator: ${drift}, outside the paths of your tasks.`,
            'If the change belongs to your task, go ahead; if not, leave it to its owner or tell the overseer (`npx orchestrator events raise-blocker`).',
        ]
        : [];
    if (answer.siblings.length === 0) {
        // Scope drift alone: a note for the agent, never a denial (role-ci is where scope.mode: fail fails).
        const specific = { hookEventName: 'PreToolUse', additionalContext: scope.join('\n') };
        return JSON.stringify({ hookSpecificOutput: specific, systemMessage: `check-path: ${answer.path} is outside the agent's tasks` });
    }
    const lines = [
        `agent-orchestrator: ${answer.path} was also changed by ${answer.siblings.length === 1 ? 'a sibling' : `${answer.siblings.length} siblings`} of ${result.caller.branch} since your branches diverged:`,
        ...describeHits(answer).map((l) => `- ${l}`),
        `Data: ${describeAge(result)}.`,
        "To coordinate: keep your change away from those lines if you can; if you need the sibling's change, merge it first" +
            ` (git fetch ${remote} && git merge ${remote}/${answer.siblings[0].branch}); run \`npx orchestrator check-conflicts\` to see whether the branches conflict;` +
            ' and tell the overseer which file you both change (e.g. `npx orchestrator events raise-blocker`).',
        ...scope,
    ];
    const text = lines.join('\n');
    const short = `check-path: ${answer.path} also changed on ${answer.siblings.map((h) => h.branch).join(', ')}`;
    const specific = block
        ? { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: text }
        : { hookEventName: 'PreToolUse', additionalContext: text };
    return JSON.stringify({ hookSpecificOutput: specific, systemMessage: short });
}

;// CONCATENATED MODULE: ./shared/state/events/digest.ts

// crypto.hash (Node 20.12+) is about twice as fast as createHash for small inputs, which a rebuild of 100k events feels.
const oneShot = external_node_crypto_namespaceObject.hash;
/** Hex sha256 of a text (UTF-8). */
function sha256Hex(text) {
    return oneShot ? oneShot('sha256', text, 'hex') : external_node_crypto_namespaceObject.createHash('sha256').update(text).digest('hex');
}

;// CONCATENATED MODULE: ./shared/check-path/predicted.ts





/** A recorder that has not finished in this long is taken as dead: the next warning hands its work to a new one. */
const PENDING_TIMEOUT_MS = 10 * 60_000;
/** Recorded facts older than this are forgotten locally (a repeat would find its key in the store anyway). */
const FORGET_AFTER_MS = 30 * 24 * 3600_000;
function predictedFile(located) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(located.cachePath), 'conflict-predicted.json');
}
function readPredicted(path) {
    try {
        const f = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        if (f && typeof f.recorded === 'object' && typeof f.pending === 'object')
            return f;
    }
    catch {
        /* missing or broken: start again; the store's keys still keep events unique */
    }
    return { recorded: {}, pending: {} };
}
function writePredicted(path, f) {
    // It lives in <git folder>/orchestrator/: written through the one gate, no link followed.
    replaceConfined((0,external_node_path_.dirname)((0,external_node_path_.dirname)(path)), path, `${JSON.stringify(f)}\n`);
}
/** The local key of a fact: the event's own key fields (agent, path, sibling, sibling tip). */
function localKey(d) {
    return sha256Hex(JSON.stringify([d.agent, d.pathBase64 ?? d.path, d.sibling, d.siblingSha]));
}
/**
 * Queues a `conflict-predicted` event for every (path, sibling) of the answer
 * not asked for before, and starts one detached recorder for them; returns how
 * many were queued. Nothing here waits for the network: the recorder pushes
 * after the hook has answered. A repeat of a known fact does not even spawn.
 */
function queuePredictions(located, result, options) {
    const path = predictedFile(located);
    const file = readPredicted(path);
    const now = options.now.getTime();
    let queued = 0;
    for (const answer of result.answers) {
        for (const hit of answer.siblings) {
            const data = {
                agent: result.caller.branch,
                path: answer.path,
                ...(answer.pathBase64 ? { pathBase64: answer.pathBase64 } : {}),
                sibling: hit.branch,
                siblingSha: hit.tip,
                base: hit.base,
                ranges: hit.ranges.slice(0, 500),
            };
            const key = localKey(data);
            const pending = file.pending[key];
            if (file.recorded[key] || (pending && now - Date.parse(pending.since) < PENDING_TIMEOUT_MS))
                continue;
            file.pending[key] = {
                since: options.now.toISOString(),
                feature: result.caller.spec,
                // The agent about to edit is the one who learns the fact: its branch is the event's actor.
                actor: result.caller.branch,
                time: options.now.toISOString(),
                data,
            };
            queued++;
        }
    }
    if (queued === 0 || !options.startRecorder)
        return 0;
    // What was recorded long ago is about sibling tips long gone: forgotten, so the file stays small.
    for (const [key, at] of Object.entries(file.recorded))
        if (now - Date.parse(at) > FORGET_AFTER_MS)
            delete file.recorded[key];
    writePredicted(path, file);
    options.startRecorder();
    return queued;
}
/** Starts `check-path --record-pending` (the CLI at `cliScript`) as a detached process that outlives the hook. */
function detachedRecorder(cliScript, toplevel, remote, configPath) {
    return () => {
        const args = [cliScript, 'check-path', '--record-pending', '--remote', remote, ...(configPath ? ['--config', configPath] : [])];
        const child = (0,external_node_child_process_namespaceObject.spawn)(process.execPath, args, { cwd: toplevel, detached: true, stdio: 'ignore' });
        child.on('error', () => undefined);
        child.unref();
    };
}
/**
 * Queues one event for the background recorder under `key` (a fact queued or recorded before is not queued
 * again) and starts the recorder: the hook that asks never waits for the network. True when it was queued.
 */
function queueEvent(located, key, event, startRecorder, now) {
    const path = predictedFile(located);
    const file = readPredicted(path);
    const pending = file.pending[key];
    if (file.recorded[key] || (pending && now.getTime() - Date.parse(pending.since) < PENDING_TIMEOUT_MS))
        return false;
    file.pending[key] = event;
    writePredicted(path, file);
    startRecorder();
    return true;
}
/** Queues the answer's warnings and starts the recorder (when a sibling changed a path); how many were queued. */
function recordWarnings(located, result, o) {
    if (!result.collision || !o.cliScript)
        return 0;
    return queuePredictions(located, result, {
        now: o.now,
        startRecorder: detachedRecorder(o.cliScript, located.toplevel, o.remote, o.configPath),
    });
}

;// CONCATENATED MODULE: ./shared/tasks/lines.ts
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

;// CONCATENATED MODULE: ./shared/tasks/task-line.ts
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

;// CONCATENATED MODULE: ./shared/tasks/id-list.ts
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

;// CONCATENATED MODULE: ./shared/tasks/task-prose.ts

// Prose that announces a dependency, followed by an id list:
// `(depends on T012, T013)`, `blocked by T020`, `requires T004`, `after T010`.
const DEPENDENCY = /\b(?:depends?[ \t]+on|dependent[ \t]+on|blocked[ \t]+by|requires|after)[ \t]*:?[ \t]*/gi;
/** Ids named as prerequisites in a task description, in order, without duplicates; the task's own id is kept (plan refuses it by name). */
function dependenciesIn(description) {
    const ids = new Set();
    for (const m of description.matchAll(DEPENDENCY)) {
        // The task's own id is kept: a task that waits for itself is the planner's to refuse, by name.
        for (const id of readIdList(description, m.index + m[0].length).ids)
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
    for (const line of splitLines(text)) {
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
        const match = matchTaskLine(line.content);
        if (!match)
            continue;
        const previous = seen.get(match.id);
        if (previous !== undefined) {
            throw new errors_InputError(`${file}: task id "${match.id}" is used twice, on line ${previous} and line ${line.number}; ` +
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

;// CONCATENATED MODULE: ./shared/tasks/task-references.ts

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
        for (const id of readIdList(line, index).ids)
            done.add(id);
    };
    const subject = lines.findIndex((line) => line.trim() !== '');
    if (subject !== -1) {
        const line = lines[subject];
        const leading = line.length - line.trimStart().length;
        const list = readIdList(line, leading);
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
            for (const { id } of findIds(line))
                done.add(id);
    }
    const seen = new Set();
    const references = [];
    for (const { id } of findIds(text)) {
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

;// CONCATENATED MODULE: ./shared/scope/task-index.ts
/**
 * Which tasks' paths cover a path, without trying every task: a file or
 * folder path is found by looking up each folder prefix of the path (and
 * the path itself) in a map; only globs are tried one by one. The answer is
 * in the order the tasks were given (file order).
 */
class TaskIndex {
    byPath = new Map();
    globs = [];
    ids;
    constructor(tasks) {
        this.ids = tasks.map((t) => t.id);
        tasks.forEach((t, at) => {
            for (const s of t.scopes) {
                if (s.glob)
                    this.globs.push({ at, scope: s });
                else
                    this.byPath.set(s.path, [...(this.byPath.get(s.path) ?? []), at]);
            }
        });
    }
    /** Ids of the tasks covering `path`, each once, in task order. */
    covering(path) {
        const found = new Set();
        for (let i = path.indexOf('/');; i = path.indexOf('/', i + 1)) {
            for (const at of this.byPath.get(i < 0 ? path : path.slice(0, i)) ?? [])
                found.add(at);
            if (i < 0)
                break;
        }
        for (const g of this.globs)
            if (!found.has(g.at) && g.scope.matches(path))
                found.add(g.at);
        return [...found].sort((a, b) => a - b).map((at) => this.ids[at]);
    }
}

;// CONCATENATED MODULE: ./shared/scope/task-paths.ts


const task_paths_CONTROL = charPattern([C0, DEL, C1, LINE_SEPARATORS]);
const GLOB = /[*?[\]{}]/;
/**
 * The scope a task path gives, or the reason it gives none. Task text is
 * data: a path that climbs out of the repository (`..`), is absolute, holds
 * a backslash or a control character, or covers the whole repository is
 * ignored, so no line of tasks.md can widen a scope to everything.
 */
function scopePath(raw) {
    if (raw.length > 1000)
        return { reason: 'longer than 1000 characters' };
    if (task_paths_CONTROL.test(raw))
        return { reason: 'holds a line break or control character' };
    if (raw.includes('\\'))
        return { reason: 'holds a backslash' };
    if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw))
        return { reason: 'is absolute' };
    const path = raw
        .trim()
        .replace(/^(\.\/)+/, '')
        .replace(/\/{2,}/g, '/')
        .replace(/\/$/, '');
    const segments = path.split('/');
    if (segments.includes('..'))
        return { reason: 'climbs out with ..' };
    if (path === '' || path === '.' || segments.every((s) => /^\*+$/.test(s)))
        return { reason: 'covers the whole repository' };
    if (GLOB.test(path)) {
        const matches = picomatch_default()(path, { dot: true });
        return { path, glob: true, matches: (changed) => matches(changed) };
    }
    const below = `${path}/`;
    return { path, glob: false, matches: (changed) => changed === path || changed.startsWith(below) };
}
/** True when `changed` is a test of the file `path`: `user.test.ts`, `user.spec.js`, `test_user.py`, `user_test.go`, beside it or in a tests folder there. */
function isCompanionTest(changed, path) {
    const slash = path.lastIndexOf('/');
    const dir = slash < 0 ? '' : path.slice(0, slash + 1);
    const name = path.slice(slash + 1);
    const dot = name.indexOf('.', 1);
    if (dot <= 0)
        return false;
    const stem = name.slice(0, dot);
    const cslash = changed.lastIndexOf('/');
    const cdir = cslash < 0 ? '' : changed.slice(0, cslash + 1);
    const cname = changed.slice(cslash + 1);
    if (![dir, `${dir}__tests__/`, `${dir}tests/`, `${dir}test/`].includes(cdir))
        return false;
    const ext = /\.[A-Za-z0-9]{1,10}$/;
    const base = cname.replace(ext, '');
    if (base === cname)
        return false;
    return [`${stem}.test`, `${stem}.spec`, `test_${stem}`, `${stem}_test`, `${stem}.tests`].includes(base);
}
/** A matcher for the config's `scope.allow` globs (a glob without a slash names a file at any depth). */
function allowMatcher(globs) {
    const compiled = globs.map((g) => ({
        glob: g,
        matches: picomatch_default()(g.trim().replace(/^\.\//, ''), { dot: true, basename: !g.includes('/') }),
    }));
    return (changed) => compiled.find((c) => c.matches(changed))?.glob ?? null;
}

;// CONCATENATED MODULE: ./shared/scope/agent-scope.ts


/** The agent a task belongs to by the plan: a `task-assigned` event, else an owner comment in tasks.md. */
function plannedOwner(sources, id) {
    return sources.assigned[id] ?? commentOwners(sources.doc).get(id);
}
const COMMENT_OWNERS = new WeakMap();
/** Task id → the agent its owner comment names, per document (computed once). */
function commentOwners(doc) {
    if (!doc)
        return new Map();
    let owners = COMMENT_OWNERS.get(doc);
    if (!owners) {
        owners = new Map(doc.tasks.flatMap((t) => (t.owner ? [[t.id, t.owner]] : [])));
        COMMENT_OWNERS.set(doc, owners);
    }
    return owners;
}
function isAgent(name, who) {
    if (name === undefined)
        return false;
    return name === who.branch || (who.index !== undefined && name === `impl-${who.index}`);
}
/**
 * The agent's tasks and the paths they name. Its tasks are those a plan gave
 * it (`task-assigned` events, then `<!-- owner: impl-n -->` comments); when a
 * plan gave it none, those its own commits referenced, leaving out tasks the
 * plan gave someone else. Only the paths tasks name constrain: a task naming
 * no file adds nothing, and an agent none of whose tasks names a file has no
 * scope at all (nothing is drift).
 */
function agentScope(who, sources) {
    const doc = sources.doc;
    const empty = { source: 'none', tasks: [], pathless: [], paths: [], ignored: [] };
    if (!doc)
        return empty;
    let mine = doc.tasks.filter((t) => isAgent(plannedOwner(sources, t.id), who));
    let source = 'assigned';
    if (mine.length === 0) {
        const referenced = new Set(sources.references);
        mine = doc.tasks.filter((t) => referenced.has(t.id) && plannedOwner(sources, t.id) === undefined);
        source = 'commits';
    }
    if (mine.length === 0)
        return empty;
    const scope = { source, tasks: mine.map((t) => t.id), pathless: [], paths: [], ignored: [] };
    for (const t of mine) {
        let usable = 0;
        for (const raw of t.paths) {
            const p = scopePath(raw);
            if ('reason' in p)
                scope.ignored.push({ task: t.id, path: raw, reason: p.reason });
            else {
                scope.paths.push({ task: t.id, scope: p });
                usable++;
            }
        }
        if (usable === 0)
            scope.pathless.push(t.id);
    }
    return scope;
}
/** Every task's usable paths, compiled once (globs are compiled by picomatch, which is not free). */
function taskScopes(sources) {
    return (sources.doc?.tasks ?? []).map((t) => ({
        id: t.id,
        scopes: t.paths.map(scopePath).filter((p) => !('reason' in p)),
    }));
}
/** The tasks (other than the agent's own) whose paths cover `path`, with whom each belongs to. */
function ownersOf(path, who, scope, sources, others = new TaskIndex(taskScopes(sources).filter((t) => !scope.tasks.includes(t.id)))) {
    const name = sources.nameOf ?? ((a) => a);
    return others.covering(path).map((id) => {
        const planned = plannedOwner(sources, id);
        const reported = sources.reported[id];
        if (planned !== undefined)
            return { id, agent: name(planned), how: 'assigned' };
        if (reported !== undefined && !isAgent(reported, who))
            return { id, agent: name(reported), how: 'reported' };
        return { id };
    });
}

;// CONCATENATED MODULE: ./shared/scope/drift.ts



/**
 * Which of `paths` lie outside every path the agent's tasks name, after the
 * always-allowed ones: the feature's tasks.md, the config's `scope.allow`
 * globs, and (with `companion-tests`) a test file beside a file in scope.
 * Sorted, each path once.
 */
function scopeDrift(paths, who, sources, rules) {
    const scope = agentScope(who, sources);
    const unbounded = !sources.doc
        ? 'the feature has no tasks.md to read the scope from'
        : scope.tasks.length === 0
            ? 'no task is assigned to it and its commits reference none'
            : scope.paths.length === 0
                ? `its tasks (${scope.tasks.join(', ')}) name no file`
                : undefined;
    if (unbounded)
        return { scope, drift: [], unbounded };
    const allowed = allowMatcher(rules.allow);
    const files = scope.paths.filter((p) => !p.scope.glob).map((p) => p.scope.path);
    const drift = [];
    // Other tasks only, compiled once: every drifting file is looked up in them.
    const own = new Set(scope.tasks);
    const others = new TaskIndex(taskScopes(sources).filter((t) => !own.has(t.id)));
    for (const path of [...new Set(paths)].sort()) {
        if (path === rules.tasksFile || allowed(path) !== null)
            continue;
        if (scope.paths.some((p) => p.scope.matches(path)))
            continue;
        if (rules.companionTests && files.some((f) => isCompanionTest(path, f)))
            continue;
        drift.push({ path, owners: ownersOf(path, who, scope, sources, others) });
    }
    return { scope, drift };
}
/** Whom the file belongs to, in words: `T014 assigned to impl-2`, or that no task names it. */
function ownersText(owners) {
    if (owners.length === 0)
        return 'no task names it';
    return owners
        .map((o) => o.how === 'assigned'
        ? `${o.id} assigned to ${o.agent}`
        : o.how === 'reported'
            ? `${o.id} (worked on by ${o.agent})`
            : `${o.id} (not assigned)`)
        .join(', ');
}
/** One sentence for people: `src/x.py belongs to T014 assigned to impl-2`. */
function driftText(file) {
    return file.owners.length ? `${file.path} belongs to ${ownersText(file.owners)}` : `${file.path} is named by no task`;
}

;// CONCATENATED MODULE: ./shared/scope/read-sources.ts






/**
 * The feature's tasks.md as committed at `commit` (git objects only: the work
 * tree is the agent's). A file that is absent or cannot be parsed (a task id
 * used twice) gives no document and a problem to show.
 */
async function readTasksAt(git, commit, file) {
    const bytes = await readFileBytesAt(git, commit, file);
    if (bytes === null)
        return { doc: null, problem: `${file} is not on ${commit.slice(0, 12)}` };
    try {
        return { doc: parseTasks(bytes.toString('utf8'), file) };
    }
    catch (error) {
        return { doc: null, problem: messageOf(error) };
    }
}
/** Task ids that the commits in `base..head` (the agent's own since it left the overseer) refer to, in any way. */
async function commitReferences(git, base, head) {
    const range = base ? [`${base}..${head}`] : [head];
    const stdout = await logBytes(git, { format: '%B%x00', range });
    const ids = new Set();
    for (const message of stdout.toString('utf8').split('\0'))
        for (const ref of taskReferences(message))
            ids.add(ref.id);
    return [...ids];
}
/** Display names (`impl-2`) for branches of the naming; other names as they are. */
function agentNamer(naming) {
    return (agent) => {
        if (/^impl-\d{1,3}$/.test(agent))
            return agent;
        const parsed = parseBranch(naming, agent);
        return parsed?.index ? `impl-${parsed.index}` : agent;
    };
}
/** Assignments and reporters of the feature's tasks, as the state records them. */
function stateSources(feature) {
    const assigned = Object.create(null);
    const reported = Object.create(null);
    for (const [id, a] of Object.entries(feature?.assignments ?? {}))
        assigned[id] = a.agent;
    for (const [id, t] of Object.entries(feature?.tasks ?? {}))
        reported[id] = t.agent;
    return { assigned, reported };
}
/**
 * For `check-path`: which of `paths` (repository-relative) the agent is
 * about to change outside its tasks' paths. Reads tasks.md from the overseer
 * branch and the agent's commit messages since the merge base; two or three
 * git processes, no network.
 */
async function scopeDriftFor(paths, who, options) {
    const { git, config } = options;
    const mode = config.scope.mode;
    const tasksFile = config.tasks.file.replace('{spec}', who.spec);
    const overseer = await git.resolveCommit(options.overseerRef);
    const head = await git.resolveCommit(options.headRef ?? 'HEAD');
    const none = { scope: { source: 'none', tasks: [], pathless: [], paths: [], ignored: [] }, drift: [] };
    if (mode === 'off')
        return { ...none, mode, unbounded: 'scope.mode is off' };
    if (!overseer || !head)
        return { ...none, mode, unbounded: `${options.overseerRef} or the head is not a commit here` };
    const tasks = await readTasksAt(git, overseer, tasksFile);
    const base = await git.mergeBase(overseer, head);
    const sources = {
        doc: tasks.doc,
        ...stateSources(options.feature),
        references: await commitReferences(git, base, head),
        nameOf: agentNamer(config.branches),
    };
    const rules = { allow: config.scope.allow, companionTests: config.scope.companionTests, tasksFile };
    return { ...scopeDrift(paths, who, sources, rules), mode, ...(tasks.problem ? { problem: tasks.problem } : {}) };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./shared/git/temp-output.ts



/** Runs `fn` with a new private temporary folder, removed afterwards whatever happens. */
async function withTempDir(prefix, fn) {
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_os_namespaceObject.tmpdir)(), prefix));
    try {
        return await fn(dir);
    }
    finally {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
    }
}
/** Runs git with stdout written to `file` (created or emptied). */
async function runToFile(git, args, file, input) {
    const handle = await (0,promises_namespaceObject.open)(file, 'w');
    try {
        await git.execBuffer(args, { input, stdoutFd: handle.fd });
    }
    finally {
        await handle.close();
    }
}
/**
 * Runs git with stdout sent to a temporary file, then reads the file: for
 * outputs of megabytes, which git writes in small pieces that cost far more
 * to read from a pipe one by one.
 */
async function execToBuffer(git, args, input) {
    return withTempDir('orch-out-', async (dir) => {
        const file = (0,external_node_path_.join)(dir, 'stdout');
        await runToFile(git, args, file, input);
        return (0,promises_namespaceObject.readFile)(file);
    });
}

;// CONCATENATED MODULE: ./shared/git/cat-file.ts


const OBJECT_TYPES = new Set(['blob', 'tree', 'commit', 'tag']);
const MAX_SIZE = Number.MAX_SAFE_INTEGER / 10 - 10;
const EMPTY = Buffer.alloc(0);
/** Above this many objects, output goes through a temporary file (see `execToBuffer`). */
const LARGE_BATCH = 256;
/**
 * One record of `cat-file --batch` output at `pos`: the header
 * `<oid> <type> <size>[ <rest>]` and the content, or `<name> missing` (or
 * ambiguous). Null while the header line is incomplete; `next` beyond the
 * buffer while the content is.
 */
function readBatchRecord(buffer, pos) {
    const eol = buffer.indexOf(0x0a, pos);
    if (eol < 0)
        return null;
    // Read in place: this runs for every object of a rebuild.
    const s1 = buffer.indexOf(0x20, pos);
    const s2 = s1 < 0 || s1 > eol ? -1 : buffer.indexOf(0x20, s1 + 1);
    let size = -1;
    if (s2 > 0 && s2 < eol && (s1 - pos === 40 || s1 - pos === 64)) {
        size = 0;
        for (let i = s2 + 1; i < eol && buffer[i] !== 0x20; i++) {
            const digit = buffer[i] - 0x30;
            if (digit < 0 || digit > 9 || size > MAX_SIZE) {
                size = -1;
                break;
            }
            size = size * 10 + digit;
        }
    }
    const type = size >= 0 ? buffer.toString('latin1', s1 + 1, s2) : '';
    if (!OBJECT_TYPES.has(type)) {
        // "<name> missing" (or ambiguous): the name is all but the last word.
        const header = buffer.toString('latin1', pos, eol);
        const last = header.lastIndexOf(' ');
        return { result: { spec: last < 0 ? header : header.slice(0, last), missing: true }, next: eol + 1 };
    }
    const oid = buffer.toString('latin1', pos, s1);
    const next = eol + 1 + size + 1;
    const content = next <= buffer.length ? buffer.subarray(eol + 1, eol + 1 + size) : EMPTY;
    return { result: { spec: oid, missing: false, oid, type, content }, next };
}
/**
 * `git cat-file --batch` for many object names (`<oid>` or `<rev>:<path>`) in
 * one process. Results come back in input order; bytes stay bytes.
 */
async function catFileBatch(git, specs) {
    if (specs.length === 0)
        return [];
    for (const spec of specs) {
        if (/[\n\r]/.test(spec))
            throw new StateError(`object name ${JSON.stringify(spec)} contains a line break`);
    }
    const args = ['cat-file', '--batch', '--buffer'];
    const input = `${specs.join('\n')}\n`;
    const stdout = specs.length > LARGE_BATCH ? await execToBuffer(git, args, input) : (await git.execBuffer(args, { input })).stdout;
    const results = [];
    let pos = 0;
    for (const spec of specs) {
        const record = readBatchRecord(stdout, pos);
        if (!record || record.next > stdout.length)
            throw new StateError(`git cat-file --batch ended early, before ${JSON.stringify(spec)}`);
        results.push(record.result.missing ? { spec, missing: true } : { ...record.result, spec });
        pos = record.next;
    }
    return results;
}
const Z_ARGS = (/* unused pure expression or super */ null && (['cat-file', '--batch', '-z']));
const NUL = Buffer.from([0]);
const MISSING = [Buffer.from(' missing\n'), Buffer.from(' ambiguous\n')];
/**
 * Reads many objects with one `git cat-file --batch -z` process (names are
 * NUL-terminated, so paths in `<tree>:<path>` may hold any byte; a name given
 * as a Buffer is passed as those bytes). Returns the blobs' contents in
 * request order; null for a missing object or one that is not a blob.
 */
async function readObjects(git, names) {
    if (names.length === 0)
        return [];
    const raw = names.map((n) => (typeof n === 'string' ? Buffer.from(n, 'utf8') : n));
    const input = Buffer.concat(raw.flatMap((n) => [n, NUL]));
    const { stdout } = await git.execBuffer(Z_ARGS, { input });
    const out = [];
    let pos = 0;
    for (const name of raw) {
        // A name may hold a line break, so "<name> missing" is matched whole, not read up to the first one.
        const word = stdout.subarray(pos, pos + name.length).equals(name)
            ? MISSING.find((w) => stdout.subarray(pos + name.length, pos + name.length + w.length).equals(w))
            : undefined;
        if (word) {
            out.push(null);
            pos += name.length + word.length;
            continue;
        }
        const record = readBatchRecord(stdout, pos);
        if (!record || record.result.missing || record.next > stdout.length)
            throw new GitError(`unexpected git cat-file output for ${JSON.stringify(name.toString('utf8'))}`, Z_ARGS, '', 0);
        out.push(record.result.type === 'blob' ? record.result.content : null);
        pos = record.next;
    }
    return out;
}
/** The contents of blobs that must all exist (by id), with one `git cat-file --batch`. */
async function readBlobs(git, oids) {
    const { stdout } = await git.execBuffer(['cat-file', '--batch'], { input: oids.join('\n') + '\n' });
    let at = 0;
    return oids.map(() => {
        const record = readBatchRecord(stdout, at);
        if (!record || record.result.missing || record.result.type !== 'blob' || record.next > stdout.length) {
            const header = stdout.subarray(at, stdout.indexOf(10, at)).toString('utf8');
            throw new Error(`git cat-file --batch: unexpected header ${JSON.stringify(header.slice(0, 120))}`);
        }
        at = record.next;
        return record.result.content;
    });
}
/** Each object's type (`commit`, `blob`...), or what git said instead (`<oid> missing`), with one `--batch-check`. */
async function objectTypes(git, oids) {
    const { stdout } = await git.exec(['cat-file', '--batch-check=%(objecttype)'], { input: oids.join('\n') + '\n' });
    const lines = stdout.split('\n');
    return oids.map((_, i) => lines[i] ?? '');
}
/** Sizes in bytes of many blobs with one `git cat-file --batch-check`; null for a missing object or one that is not a blob. */
async function blobSizes(git, oids) {
    if (oids.length === 0)
        return [];
    const { stdout } = await git.exec(['cat-file', '--batch-check=%(objecttype) %(objectsize)'], { input: oids.join('\n') + '\n' });
    const lines = stdout.split('\n');
    return oids.map((_, i) => {
        const m = /^blob (\d+)$/.exec(lines[i] ?? '');
        return m ? Number(m[1]) : null;
    });
}

;// CONCATENATED MODULE: ./shared/state/projection/projection-types.ts
/** Version of the projection.json format; a stored projection of another version is rebuilt. */
const projection_types_PROJECTION_SCHEMA = 3;
/** How many recent events the dashboard and each feature keep (`events recent N` reads the log for more). */
const RECENT_LIMIT = 100;
const FEATURE_RECENT_LIMIT = 30;

;// CONCATENATED MODULE: ./shared/state/projection/projection-check.ts

/**
 * The shape check of a stored projection.json. The projection is a cache:
 * anything in it that the code would trip over (a record that is a string, a
 * feature that is null, a count that is text) makes it unusable, and the
 * caller rebuilds it from the events instead of failing the write. Records
 * keyed by user data are copied into objects without a prototype, so that no
 * key (`__proto__`, `constructor`) can reach Object.prototype.
 */
class ShapeError extends Error {
}
/**
 * Whether the checks spell out where they are (`projection.features["x"].tasks`).
 * A stored projection holds hundreds of thousands of values and is almost always
 * right: the first pass builds no location (one string per value, most of the
 * check's time), and only a failed pass runs again with them for its message.
 */
let locating = false;
const child = (at, part) => (locating ? at + part : at);
const fail = (at, expected) => {
    throw new ShapeError(`${at} ${expected}`);
};
const projection_check_str = (v, at) => (typeof v === 'string' ? v : fail(at, 'is not a text'));
const projection_check_int = (v, at) => (Number.isSafeInteger(v) && v >= 0 ? v : fail(at, 'is not a whole number'));
const maybe = (check) => (v, at) => v === undefined ? undefined : check(v, at);
const nullable = (check) => (v, at) => v === null ? null : check(v, at);
/**
 * The checks work in place on what JSON.parse just made (nobody else holds it): a list or an object is
 * returned itself, with only the values a check replaced (records, below) set again. Copying every object
 * of a 1 MB projection cost more than the checks and left the garbage collector most of a re-scan's work.
 */
const list = (check) => (v, at) => {
    if (!Array.isArray(v))
        return fail(at, 'is not a list');
    for (let i = 0; i < v.length; i++) {
        const checked = check(v[i], locating ? `${at}[${i}]` : at);
        if (checked !== v[i])
            v[i] = checked;
    }
    return v;
};
/**
 * A plain object with the given fields (other fields are kept as they are: a newer writer may add some).
 * Its fields are fixed names, never looked up by user data, so it keeps its prototype; JSON.parse made any
 * `__proto__` key an own field, which reaches no prototype.
 */
const projection_check_object = (fields) => {
    const checks = Object.entries(fields);
    return (v, at) => {
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            fail(at, 'is not an object');
        const out = v;
        for (const [key, check] of checks) {
            const value = Object.hasOwn(out, key) ? out[key] : undefined;
            const checked = check(value, child(at, `.${key}`));
            if (checked !== undefined && checked !== value)
                out[key] = checked;
        }
        return out;
    };
};
/** A record keyed by user data: a prototype-less copy, every value checked. */
const record = (check) => (v, at) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        fail(at, 'is not an object');
    const out = Object.create(null);
    for (const [key, value] of Object.entries(v))
        out[key] = check(value, locating ? `${at}[${JSON.stringify(key)}]` : at);
    return out;
};
const stamped = (fields) => projection_check_object({ stamp: projection_check_str, time: projection_check_str, ...fields });
const range = projection_check_object({ start: projection_check_int, end: projection_check_int });
const summary = stamped({ kind: projection_check_str, feature: projection_check_str, actor: projection_check_str, summary: projection_check_str });
const usageTotals = projection_check_object({
    inputTokens: projection_check_int,
    outputTokens: projection_check_int,
    cacheCreationTokens: projection_check_int,
    cacheReadTokens: projection_check_int,
    costMicroUsd: projection_check_int,
    records: projection_check_int,
    lastAt: projection_check_str,
});
const feature = projection_check_object({
    spec: projection_check_str,
    registration: nullable(stamped({ name: projection_check_str, baseBranch: maybe(projection_check_str), tasksFile: maybe(projection_check_str), tasks: list(projection_check_object({ id: projection_check_str, description: projection_check_str })) })),
    agents: record(stamped({ role: projection_check_str, branch: projection_check_str, index: maybe(projection_check_int) })),
    tasks: record(stamped({ state: projection_check_str, commit: projection_check_str, agent: projection_check_str, message: maybe(projection_check_str) })),
    prs: record(stamped({ action: projection_check_str, number: projection_check_int, url: projection_check_str, head: projection_check_str, base: projection_check_str })),
    conflicts: record(projection_check_object({
        id: projection_check_str,
        branches: list(projection_check_str),
        detected: nullable(stamped({
            left: projection_check_str,
            right: projection_check_str,
            files: list(projection_check_object({ path: projection_check_str, kind: projection_check_str, leftRanges: list(range), rightRanges: list(range) })),
        })),
        resolved: nullable(stamped({ detectedAt: projection_check_str, lifetimeSeconds: projection_check_int })),
        openSince: list(projection_check_str),
        manualSince: list(projection_check_str),
        resolutions: projection_check_int,
        suggestion: maybe(stamped({ left: projection_check_str, right: projection_check_str, leftSha: projection_check_str, rightSha: projection_check_str, command: projection_check_str, outcome: projection_check_str })),
    })),
    divergence: record(record(stamped({ ahead: projection_check_int, behind: projection_check_int, sha: projection_check_str }))),
    tests: record(stamped({ role: projection_check_str, suite: projection_check_str, passed: projection_check_int, failed: projection_check_int, skipped: projection_check_int, durationMs: projection_check_int, commit: projection_check_str })),
    blockers: record(projection_check_object({
        id: projection_check_str,
        raised: nullable(stamped({ agent: maybe(projection_check_str), reason: projection_check_str })),
        cleared: nullable(stamped({ note: maybe(projection_check_str) })),
        raisedCount: projection_check_int,
        clearedCount: projection_check_int,
    })),
    guards: record(projection_check_object({ branch: projection_check_str, kind: projection_check_str, subject: projection_check_str, raised: projection_check_int, cleared: projection_check_int, detected: nullable(stamped({ detail: projection_check_str, commit: projection_check_str })) })),
    synced: record(stamped({ sha: projection_check_str })),
    merged: record(record(stamped({ into: projection_check_str, pr: maybe(projection_check_int) }))),
    scans: record(stamped({ at: projection_check_str, pairs: projection_check_int, conflicted: projection_check_int, errors: projection_check_int })),
    assignments: maybe(record(stamped({ agent: projection_check_str, occurrences: record(projection_check_int) }))),
    drift: maybe(record(projection_check_object({
        branch: projection_check_str,
        path: projection_check_str,
        raised: projection_check_int,
        cleared: projection_check_int,
        detected: nullable(stamped({ commit: projection_check_str, tasks: maybe(list(projection_check_object({ id: projection_check_str, agent: maybe(projection_check_str), how: maybe(projection_check_str) }))) })),
    }))),
    predicted: maybe(record(stamped({ agent: projection_check_str, path: projection_check_str, sibling: projection_check_str, siblingSha: projection_check_str, ranges: list(range), warnings: projection_check_int }))),
    trends: maybe(projection_check_object({
        firstDone: record(projection_check_str),
        scope: record(projection_check_int),
        began: record(projection_check_int),
        ended: record(projection_check_int),
        leadTimes: record(projection_check_int),
        cost: record(record(projection_check_int)),
    })),
    usage: maybe(record(usageTotals)),
    taskUsage: maybe(record(usageTotals)),
    budgets: maybe(record(projection_check_object({ scope: projection_check_str, subject: projection_check_str, budgetMicroUsd: projection_check_int, spentMicroUsd: projection_check_int, time: projection_check_str }))),
    remembered: maybe(record(stamped({
        path: projection_check_str,
        result: maybe(projection_check_str),
        commit: projection_check_str,
        branch: projection_check_str,
    }))),
    activity: record(projection_check_str),
    counts: record(projection_check_int),
    eventCount: projection_check_int,
    recent: list(summary),
});
const projection = projection_check_object({
    schema: (v, at) => (v === projection_types_PROJECTION_SCHEMA ? v : fail(at, `is ${JSON.stringify(v)}, not format version ${projection_types_PROJECTION_SCHEMA}`)),
    eventCount: projection_check_int,
    eventsTree: nullable((v, at) => (typeof v === 'string' && /^[0-9a-f]{40,64}$/.test(v) ? v : fail(at, 'is not a tree id'))),
    features: (v, at) => {
        const out = record(feature)(v, at);
        for (const [key, f] of Object.entries(out))
            if (f.spec !== key)
                fail(`${at}[${JSON.stringify(key)}].spec`, 'is not its own key');
        return out;
    },
    recent: list(summary),
    problems: list(projection_check_object({ path: projection_check_str, reason: projection_check_str })),
});
/** The projection, checked and made prototype-safe, or the first reason it cannot be used. */
function checkProjection(raw) {
    try {
        return { projection: projection(raw, 'projection') };
    }
    catch (error) {
        if (!(error instanceof ShapeError))
            throw error;
    }
    // Wrong somewhere: the same checks again, saying where.
    locating = true;
    try {
        projection(raw, 'projection');
        return { problem: 'projection is not shaped like a projection' };
    }
    catch (error) {
        if (error instanceof ShapeError)
            return { problem: error.message };
        throw error;
    }
    finally {
        locating = false;
    }
}

;// CONCATENATED MODULE: ./shared/state/projection/projection-io.ts



/** The content of projection.json.sha256 for the bytes of a projection.json. */
function projectionDigest(serialized) {
    return `${sha256Hex(serialized)}\n`;
}
/**
 * Reads a stored projection.json, or returns null with the reason when it
 * cannot be used (the caller then rebuilds it from the events): missing,
 * not the bytes its digest file vouches for (edited by hand), not JSON, or
 * not shaped like a projection anywhere the code would look.
 */
function parseStoredProjection(content, digest) {
    if (!content)
        return { projection: null, reason: 'missing' };
    const text = content.toString('utf8');
    if (digest !== undefined) {
        if (!digest)
            return { projection: null, reason: 'without its digest file (written by an older version, or removed)' };
        if (digest.toString('utf8') !== projectionDigest(text))
            return { projection: null, reason: 'not what its digest says (edited outside agent-orchestrator)' };
    }
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch {
        return { projection: null, reason: 'not valid JSON' };
    }
    const p = raw;
    if (!p || typeof p !== 'object' || Array.isArray(p))
        return { projection: null, reason: 'not a JSON object' };
    if (p.schema !== projection_types_PROJECTION_SCHEMA)
        return { projection: null, reason: `of format version ${JSON.stringify(p.schema)}, not ${projection_types_PROJECTION_SCHEMA}` };
    const checked = checkProjection(raw);
    if ('problem' in checked)
        return { projection: null, reason: `not shaped like a projection (${checked.problem})` };
    return { projection: checked.projection, reason: '' };
}
/** Whether a stored projection.json is one of ours (any version of the format): the marker of state branches written before the marker file. */
function isOurProjection(content) {
    if (!content)
        return false;
    try {
        const raw = JSON.parse(content.toString('utf8'));
        return Boolean(raw && typeof raw === 'object' && raw.schema === PROJECTION_SCHEMA && 'eventsTree' in raw && 'features' in raw);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./shared/state/events/safe-segment.ts

/*
 * A feature id becomes a folder of the state branch (events/<spec>/…,
 * features/<spec>/…): an event is refused when it names one that could climb
 * out. The event format checks it, so it lives here; log/paths builds with it.
 */
/** Letters, digits, ".", "_", "-"; not starting with "." or "-"; no "..". */
const SAFE_SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/;
/** Refuses anything that could escape a folder when used as one path segment. */
function assertSafeSegment(value, what) {
    if (typeof value !== 'string' || !SAFE_SEGMENT.test(value) || value.includes('..') || value.toLowerCase() === '.git') {
        throw new errors_InputError(`${what} ${JSON.stringify(value)} cannot be used in a path: expected 1 to 100 letters, digits, ".", "_" or "-", not starting with "." or "-" and without ".."`);
    }
    return value;
}

;// CONCATENATED MODULE: ./shared/state/log/paths.ts


/**
 * Where things live on the state branch (see LAYOUT.md). Every path we build
 * goes through here, and every user-influenced segment is checked so that no
 * value can climb out of its folder.
 */

/** Normalises the `root` option ('' = the branch root) and refuses parent or hidden-git segments. */
function normalizeRoot(root) {
    const trimmed = (root ?? '').replace(/^\/+|\/+$/g, '');
    if (trimmed === '')
        return '';
    for (const segment of trimmed.split('/')) {
        if (!/^[A-Za-z0-9._-]{1,100}$/.test(segment) || segment === '.' || segment === '..' || segment.toLowerCase() === '.git') {
            throw new errors_InputError(`state root ${JSON.stringify(root)} is not valid: expected folder names of letters, digits, ".", "_" or "-", without "..", "." or ".git"`);
        }
    }
    return trimmed;
}
class StateLayout {
    root;
    /** '' or 'a/b/' */
    prefix;
    constructor(root) {
        this.root = root;
        this.prefix = root ? `${root}/` : '';
    }
    get eventsDir() {
        return `${this.prefix}events`;
    }
    get projectionPath() {
        return `${this.prefix}projection.json`;
    }
    /** sha256 of projection.json's bytes: a hand edit of the projection no longer matches it. */
    get projectionDigestPath() {
        return `${this.prefix}projection.json.sha256`;
    }
    /** Says "this branch (or folder) is agent-orchestrator's state": nothing is written on a branch without it. */
    get markerPath() {
        return `${this.prefix}.agent-orchestrator-state`;
    }
    get dashboardPath() {
        return `${this.prefix}README.md`;
    }
    eventPath(feature, key) {
        return `${this.eventsDir}/${eventRelativePath(feature, key)}`;
    }
    featureDir(feature) {
        return `${this.prefix}features/${assertSafeSegment(feature, 'feature id')}`;
    }
    overseerViewPath(feature) {
        return `${this.featureDir(feature)}/overseer.md`;
    }
    implementorViewPath(feature, index) {
        if (!Number.isSafeInteger(index) || index < 1)
            throw new errors_InputError(`implementor index ${index} is not a positive whole number`);
        return `${this.featureDir(feature)}/impl-${index}.md`;
    }
    /** Absolute path on the branch of a path relative to the root. */
    full(relative) {
        return `${this.prefix}${relative}`;
    }
}
/** `<feature>/<key[0:2]>/<key>.json`, relative to the events folder. */
function eventRelativePath(feature, key) {
    if (!/^[0-9a-f]{64}$/.test(key))
        throw new errors_InputError(`event key ${JSON.stringify(key)} is not 64 lowercase hex digits`);
    return checkedEventRelativePath(assertSafeSegment(feature, 'feature id'), key);
}
/** The same for a feature and key already validated (a parsed event's): nothing is checked again. */
function checkedEventRelativePath(feature, key) {
    return `${feature}/${key.slice(0, 2)}/${key}.json`;
}

;// CONCATENATED MODULE: external "node:timers/promises"
const external_node_timers_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
;// CONCATENATED MODULE: ./shared/state/log/remote-branch.ts





/**
 * Fetching and compare-and-swap pushing of the state branch. Only a private
 * ref under refs/orchestrator/ is written locally: never the user's
 * branches, index, working tree or HEAD.
 */
/** Where the fetched state branch is kept: `refs/orchestrator/remote-state/<remote>/<branch>`. */
function privateStateRef(remote, branch) {
    const slug = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$/.test(remote) && !remote.includes('..') && !remote.endsWith('.lock')
        ? remote
        : `url-${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(remote).digest('hex').slice(0, 12)}`;
    return `refs/orchestrator/remote-state/${slug}/${branch}`;
}
/**
 * Fetches `branch` into `privateRef`; returns its commit, or null when the
 * remote has no such branch (the private ref is then removed too).
 */
async function fetchBranch(git, remote, branch, privateRef, shallow) {
    const args = [
        'fetch',
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        '--no-recurse-submodules',
        '--no-auto-maintenance',
        // Without this, fetching from a named remote also moves the user's refs/remotes/<remote>/<branch>.
        '--refmap=',
        ...(shallow ? ['--depth=1'] : []),
        '--',
        remote,
        `+refs/heads/${branch}:${privateRef}`,
    ];
    for (let attempt = 1;; attempt++) {
        const r = await git.exec(args, { allowedExitCodes: [0, 1, 128] });
        if (r.exitCode === 0)
            return git.resolveCommit(privateRef);
        if (/couldn't find remote ref/i.test(r.stderr)) {
            await deleteRef(git, privateRef);
            return null;
        }
        // Another process of ours updating the same private ref at this moment: try again shortly.
        if (/cannot lock ref|unable to update local ref|some local refs could not be updated/i.test(r.stderr) && attempt < 6) {
            await sleep(20 * attempt + Math.floor(Math.random() * 30));
            continue;
        }
        const error = new GitError(`git fetch of ${branch} from ${remote} failed: ${keyLine(r.stderr)}`, args, r.stderr, r.exitCode);
        if (isPermanentGitFailure(r.stderr))
            throw new PermanentGitFailure(error.message, args, r.stderr, r.exitCode);
        throw error;
    }
}
/**
 * The state push's packing sends whole objects (no delta search): the state's large files (projection, views,
 * caches) change a little on every append, and searching deltas for them cost more than the bytes saved (a corpus
 * with 1,160 conflicting pairs, one branch moved: 630 ms for a 143 KB pack, 175 ms for 1.1 MB). Given in the
 * environment, after any config entries the Git has (a token's header), so only this push's own packing changes.
 */
const WHOLE_OBJECTS = { 'pack.window': '0' };
/**
 * Compare-and-swap: move `branch` to `commit` only if it is still exactly at
 * `expected` (null: only if it does not exist). A plain fast-forward push is
 * not enough: it would succeed after the branch was force-pushed back to an
 * ancestor and resurrect the commits that were removed.
 */
async function pushWithLease(git, remote, branch, commit, expected) {
    const target = `refs/heads/${branch}`;
    const args = [
        'push',
        '--porcelain',
        '--no-verify',
        '--no-recurse-submodules',
        `--force-with-lease=${target}:${expected ?? ''}`,
        '--',
        remote,
        `${commit}:${target}`,
    ];
    let r;
    try {
        r = await git.exec(args, { allowedExitCodes: [0, 1, 128], env: git.configEnv(WHOLE_OBJECTS) });
    }
    catch (error) {
        return { status: 'unknown', detail: error instanceof Error ? error.message : String(error) };
    }
    const line = r.stdout.split('\n').find((l) => l.includes(`:${target}\t`));
    if (!line) {
        if (isPermanentGitFailure(r.stderr))
            return { status: 'refused', detail: keyLine(r.stderr) };
        return { status: 'unknown', detail: lastLines(r.stderr) || `git push exited with ${r.exitCode}` };
    }
    const [flag, , summary = ''] = line.split('\t');
    // `=`: the remote already held this very commit, so git checked no lease and sent nothing. Another writer
    // built a byte-identical commit (the same events on the same head in the same second) and pushed it
    // first: the facts are recorded, but not by this push. Read again (the events are then already there),
    // so that only one of the two writers reports them as added, and announces them.
    if (flag === '=')
        return { status: 'stale', detail: 'another writer pushed this same commit first' };
    if (r.exitCode === 0 && flag !== '!')
        return { status: 'pushed' };
    if (/hook declined|protected branch|permission|denied|not allowed/i.test(summary)) {
        return { status: 'refused', detail: `${summary}${r.stderr ? `: ${keyLine(r.stderr)}` : ''}` };
    }
    return { status: 'stale', detail: summary };
}
/** A fetch failure that no retry can fix (no such remote, credentials or permission refused). */
class PermanentGitFailure extends (/* unused pure expression or super */ null && (GitError)) {
}
function lastLines(text) {
    return text.trim().split('\n').slice(-3).join(' / ');
}

;// CONCATENATED MODULE: ./shared/state/log/as-fetched.ts





/**
 * The stored projection of the state branch as it was last fetched into this
 * clone (our private ref, `refs/orchestrator/remote-state/...`, or git's
 * `refs/remotes/<remote>/<branch>` when that is newer or alone: a fresh clone
 * has the state without any command of ours having fetched it), without a
 * network call and without a rebuild: for the PreToolUse hook, whose budget
 * has room for neither (one for-each-ref and one cat-file batch, and none of the
 * event fold in its bundle). Null when nothing here has fetched the state yet;
 * a projection its digest does not vouch for, or one that is behind its events
 * folder, is not used (the reason says so; a command that reads the state
 * through the store rebuilds it).
 */
async function projectionAsFetched(git, remote, branch, root) {
    const commit = await newestFetched(git, remote, branch);
    if (!commit)
        return null;
    const layout = new StateLayout(normalizeRoot(root));
    const [stored, digest, events] = await catFileBatch(git, [layout.projectionPath, layout.projectionDigestPath, layout.eventsDir].map((p) => `${commit}:${p}`));
    const parsed = parseStoredProjection(stored.missing ? null : stored.content, digest.missing ? null : digest.content);
    const eventsTree = events.missing ? null : events.oid;
    if (parsed.projection && parsed.projection.eventsTree !== eventsTree)
        return { commit, projection: null, reason: 'behind its events folder (changed outside agent-orchestrator)' };
    return { commit, projection: parsed.projection, reason: parsed.reason };
}
/**
 * The newer of the two fetched copies of the state branch: ours (private ref) and git's remote-tracking ref.
 * The branch only grows (compare-and-swap appends), so the descendant is the newer; one more git call, only
 * when both exist and differ.
 */
async function newestFetched(git, remote, branch) {
    const refs = [privateStateRef(remote, branch), `refs/remotes/${remote}/${branch}`];
    // One for-each-ref for both (the hook's budget): `<refname> <object>` per ref that exists.
    const found = new Map();
    for (const line of (await listRefs(git, '%(refname) %(objectname)', refs)).split('\n')) {
        const at = line.lastIndexOf(' ');
        if (at > 0)
            found.set(line.slice(0, at), line.slice(at + 1));
    }
    const [ours, tracking] = refs.map((r) => found.get(r) ?? null);
    if (!ours || !tracking || ours === tracking)
        return ours ?? tracking ?? null;
    return (await git.isAncestor(ours, tracking)) ? tracking : ours;
}

;// CONCATENATED MODULE: ./shared/check-path/scope-answer.ts




// Directly, not through state/log's index: the hook's bundle stays without the store and the event fold.

/**
 * Scope drift for the paths an implementor is about to edit: outside the
 * paths its tasks name? The rules come from the configuration on its
 * overseer branch (the tip check-path already knows), never from this work
 * tree. Null for the overseer, and when the overseer branch is not known
 * here. Never throws: a scope that cannot be read costs a warning, not the
 * sibling answer.
 *
 * The tasks assigned by `plan --apply` (task-assigned events) count as the
 * agent's, as in role-ci's scope check: they are read from the state branch
 * as last fetched into this clone (no network in the hook's budget).
 */
async function scopeAnswer(located, result, configPath, logger, remote) {
    if (result.caller.role !== 'implementor')
        return null;
    try {
        const { git } = located;
        // The overseer branch is found by the naming the siblings were; its tip is what we trust.
        const overseer = result.siblings.find((s) => s.role === 'overseer');
        if (!overseer)
            return null;
        const config = await readConfig({ kind: 'commit', path: configPath, commit: overseer.tip, label: overseer.branch }, { git });
        const parsed = parseBranch(config.branches, result.caller.branch);
        const feature = await assignedFeature(located, remote, config.state.branch, result.caller.spec, logger);
        const paths = result.answers.filter((a) => a.pathBase64 === undefined).map((a) => a.path);
        const check = await scopeDriftFor(paths, { spec: result.caller.spec, branch: result.caller.branch, ...(parsed?.index ? { index: parsed.index } : {}) }, { git, config, overseerRef: overseer.tip, ...(feature ? { feature } : {}) });
        return {
            mode: check.mode,
            drift: check.drift.map((d) => ({ path: d.path, text: driftText(d) })),
            ...(check.unbounded ? { unbounded: check.unbounded } : {}),
        };
    }
    catch (error) {
        logger.warning(`scope drift not checked: ${messageOf(error)}`);
        return null;
    }
}
/** The feature's assignments and reporters as the state was last fetched here; none (a warning) when it cannot be read. */
async function assignedFeature(located, remote, stateBranch, spec, logger) {
    // `current`: the state lives on the branch being worked on, which has no private ref of its own.
    if (stateBranch === 'current')
        return undefined;
    try {
        const state = await projectionAsFetched(located.git, remote, stateBranch);
        if (state && !state.projection)
            logger.warning(`scope drift: the state as last fetched (${state.commit.slice(0, 12)}) has a projection.json ${state.reason}; task-assigned events are not used`);
        return state?.projection?.features[spec];
    }
    catch (error) {
        logger.warning(`scope drift: the state as last fetched could not be read (${messageOf(error)}); task-assigned events are not used`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./shared/check-path/hook.ts








/**
 * Claude Code's PreToolUse hook: `stdin` is the JSON it sends; the result is
 * what to print (empty: nothing) before exiting 0. Whatever goes wrong on our
 * side (no agent branch, a broken cache, a git error, bad JSON) is not the
 * agent's problem: nothing is printed and the reason goes to the debug log and
 * `.git/orchestrator/check-path.log`. Under --block it fails closed instead: an
 * edit it cannot judge (garbage payload, missing fields, a cwd or a path outside
 * the repository) is denied with the reason. Exit 2 (Claude Code's "block") is never used.
 */
async function answerHook(stdin, o) {
    let located = null;
    try {
        const input = parseHookInput(stdin, o.cwd);
        if (!input)
            return '';
        located = await locate(input.cwd);
        const result = await checkPaths({
            paths: [input.filePath],
            remote: o.remote,
            configPath: o.configPath,
            cwd: input.cwd,
            now: o.now,
            located,
        });
        const answer = result.answers[0];
        // Outside the agent's tasks is said too (never a denial): the rules from the overseer's tip, as in the CLI.
        const scope = await scopeAnswer(located, result, o.configPath, quietLogger(o.debug), o.remote);
        const drift = scope?.drift[0];
        if (answer.siblings.length === 0 && !drift)
            return '';
        if (o.record && answer.siblings.length)
            recordWarnings(located, result, o);
        return jsonSafe(hookOutput(result, answer, o.block, o.remote, drift?.text));
    }
    catch (error) {
        const line = `${o.now.toISOString()} check-path hook: ${messageOf(error)}`.replace(/[\r\n]+/g, ' ');
        o.debug(line);
        // Input too broken to name a checkout (not JSON) is logged in the one the hook was started in.
        located ??= await locate(o.cwd).catch(() => null);
        if (located)
            logHookProblem(located, line);
        return o.block ? jsonSafe(cannotJudgeOutput(messageOf(error).replace(/[\r\n]+/g, ' '))) : '';
    }
}
/** One line in `.git/orchestrator/check-path.log`: where the hook and its recorder say what went wrong, silently. */
function logHookProblem(located, line) {
    try {
        const log = (0,external_node_path_.join)((0,external_node_path_.dirname)(located.cachePath), 'check-path.log');
        writeConfined((0,external_node_path_.dirname)((0,external_node_path_.dirname)(log)), log, `${line.replace(/[\r\n]+/g, ' ')}\n`, 'log', { append: true });
    }
    catch {
        /* nowhere to write: the debug log has it */
    }
}
/** The hook has no terminal: whatever the scope check would say goes to the debug log. */
function quietLogger(debug) {
    const say = (m) => debug(m);
    return { debug: say, info: say, notice: say, warning: say, error: say, group: async (_name, fn) => fn() };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(8868);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
