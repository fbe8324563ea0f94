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
async function loadConfig(cwd, path) {
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
/**
 * The YAML parser is loaded when a file is there to parse: a repository without a config file (the defaults) never
 * loads it, which spares every command of such a repository about 40 ms of start-up.
 */
async function parseConfig(text, where) {
    const { parseDocument } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const doc = parseDocument(text, { uniqueKeys: true });
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
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
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
