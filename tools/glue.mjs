// The glue step of tools/slim.mjs, as a pure function (tested by tests/slim.test.mjs): the wasm-bindgen glue
// (oberih_app.js) without the IntoUnderlying* stream classes and without its exports, ready for
// src/exit/panel-start.js to be appended. It works on the glue's parsed top-level statements (acorn), never on
// its text layout, so whitespace, semicolons, comments and statement order may change freely.
//
// What it depends on in wasm-bindgen's output (check these on an upgrade; each fails the build loudly if not so):
// - The glue is one ES module (`--target web`, Trunk's data-bindgen-target="web") that imports nothing: an
//   imported snippet would be a file outside the chain of integrity hashes.
// - Everything about the wasm-streams classes that Leptos's `csr` pulls in is in top-level statements of their
//   own, named after the Rust types: declarations of names starting `IntoUnderlying` only (the classes, their
//   `…Finalization` registries) and statements that mention those names and no other glue name (the
//   `if (Symbol.dispose) IntoUnderlying….prototype[…] = …` lines). The wasm exports they call
//   (`intounderlying…`, `__wbg_intounderlying…`, dropped by tools/slim.mjs) appear nowhere else in the glue.
// - The glue declares at top level the names that src/exit/panel-start.js lists in its `/* global … */` line
//   (`__wbg_init`, `prepare`, `mount`): exactly the glue names that panel-start.js uses. panel-start.js calls
//   `__wbg_init({ module_or_path })`, `prepare(host, messages)` and `mount(container, host)`; those signatures
//   are checked by the end-to-end tests, not here.
// - `mount` returns a `class Widget` declared at top level with the methods in CLASSES: `open()` and `close()`
//   (the embed script's Oberih.open()/close(), and panel-start.js's Escape key), `reset()` (panel-start.js, on
//   `pagehide`).
// - It exports only by `export <declaration>` and `export { … }` lists without `from`: no `export default …`
//   and no `export * from`. Its top-level names differ from panel-start.js's (they share one module scope).
import { parse } from 'acorn';

/** Classes the glue must declare at top level, with the methods the embed script and panel-start.js call. */
export const CLASSES = { Widget: ['open', 'close', 'reset'] };

const STREAMS = /^IntoUnderlying/;
const STREAM_EXPORTS = /intounderlying/i;

const parseModule = (code, what, options = {}) => {
  try {
    return parse(code, { ecmaVersion: 'latest', sourceType: 'module', ...options });
  } catch (e) {
    throw new Error(`${what} does not parse as an ES module: ${e.message}`);
  }
};

/**
 * The glue without the stream classes and exports. `glue` and `panel` are the sources of oberih_app.js and
 * src/exit/panel-start.js. Returns { code, dropped: names no longer declared, declared: top-level names kept }.
 * Throws an Error saying what differs from what is expected (see above).
 */
export function slimGlue(glue, panel) {
  const ast = parseModule(glue, 'the glue');
  const all = new Set(ast.body.flatMap((s) => declared(s)));
  const edits = [], dropped = [];
  // Whatever is removed becomes `;`: a statement left without its semicolon (ASI) is never joined to the next.
  const edit = (node, text) => edits.push([node.start, node.end, text]);
  const fromStreams = (node) => [...free(node)].some((n) => STREAMS.test(n));
  const keep = (decl) => {
    const names = declared(decl);
    if (!names.some((n) => STREAMS.test(n)) && !fromStreams(decl)) return true;
    const other = names.filter((n) => !STREAMS.test(n));
    if (other.length) throw new Error(`the glue declares ${list(other)} in a statement about IntoUnderlying*: cannot drop it`);
    dropped.push(...names);
    return false;
  };

  for (const s of ast.body) {
    switch (s.type) {
      case 'ImportDeclaration':
        throw new Error(`the glue imports ${s.source.value}: a file outside the integrity hashes (tools/slim.mjs expects none)`);
      case 'ExportDefaultDeclaration':
        throw new Error('the glue has an `export default` declaration: tools/glue.mjs expects `export { __wbg_init as default }`');
      case 'ExportAllDeclaration':
        throw new Error(`the glue re-exports \`export * from '${s.source.value}'\`: unexpected`);
      case 'ExportNamedDeclaration':
        if (s.source) throw new Error(`the glue re-exports from '${s.source.value}': unexpected`);
        // `export { … }`: the exports go (panel-start.js's `start` is the module's only one); `export <declaration>`:
        // the declaration stays, unless it is a stream class.
        if (!s.declaration) edit(s, ';');
        else edit(s, statement(glue, s.declaration, keep));
        break;
      case 'VariableDeclaration':
      case 'FunctionDeclaration':
      case 'ClassDeclaration': {
        const text = statement(glue, s, keep);
        if (text !== glue.slice(s.start, s.end)) edit(s, text);
        break;
      }
      default: {
        // Any other statement (the `Symbol.dispose` lines, a top-level call) that mentions a stream class goes,
        // but only if it touches nothing else of the glue's: otherwise it does more than the streams' business.
        if (!fromStreams(s)) break;
        const other = [...free(s)].filter((n) => !STREAMS.test(n) && all.has(n));
        if (other.length) throw new Error(`a statement of the glue uses both IntoUnderlying* and ${list(other)}: cannot drop it (\`${glue.slice(s.start, s.end).slice(0, 80)}\`)`);
        edit(s, ';');
      }
    }
  }
  let code = '';
  let at = 0;
  for (const [start, end, text] of edits) {
    code += glue.slice(at, start) + text;
    at = end;
  }
  code += glue.slice(at);

  // What is left, parsed again: no trace of the streams, no exports, and what panel-start.js and the embed script use.
  const out = parseModule(code, 'the slimmed glue');
  const left = [];
  names(out, (n) => STREAM_EXPORTS.test(n) && left.push(n));
  if (left.length) throw new Error(`the glue still names ${list([...new Set(left)])} after IntoUnderlying* went: has wasm-bindgen changed its output?`);
  const exp = out.body.find((s) => /^(Import|Export)/.test(s.type));
  if (exp) throw new Error(`the slimmed glue still has \`${code.slice(exp.start, exp.end).slice(0, 80)}\``);
  const kept = new Set(out.body.flatMap((s) => declared(s)));
  checkPanel(panel, kept);
  for (const [name, methods] of Object.entries(CLASSES)) {
    const c = out.body.find((s) => s.type === 'ClassDeclaration' && s.id.name === name);
    if (!c) throw new Error(`the glue declares no \`class ${name}\` at top level (mount returns one)`);
    const has = new Set(c.body.body.filter((m) => m.type === 'MethodDefinition' && m.kind === 'method' && !m.static && !m.computed).map((m) => m.key.name));
    const missing = methods.filter((m) => !has.has(m));
    if (missing.length) throw new Error(`the glue's class ${name} has no ${list(missing)} (the embed script and panel-start.js call them)`);
  }
  // One module scope for both: a name declared twice is a syntax error, better found here than in terser.
  parseModule(code + '\n' + panel, 'the glue followed by src/exit/panel-start.js');
  return { code, dropped, declared: [...kept] };
}

// The names panel-start.js lists in its `/* global … */` line must be exactly the glue's top-level names it uses:
// each declared by the glue (so an upgrade that renames one fails here) and used, and none used but unlisted.
function checkPanel(panel, glue) {
  const comments = [];
  const ast = parseModule(panel, 'src/exit/panel-start.js', { onComment: comments });
  const listed = comments.filter((c) => c.type === 'Block' && /^\s*global\s/.test(c.value))
    .flatMap((c) => c.value.replace(/^\s*global\s/, '').replace(/\s--[\s\S]*$/, '').split(',').map((n) => n.split(':')[0].trim()).filter(Boolean));
  const uses = free(ast);
  const absent = listed.filter((n) => !glue.has(n));
  if (absent.length) throw new Error(`the glue has no top-level ${list(absent)}, which src/exit/panel-start.js uses: has wasm-bindgen changed its output?`);
  const unused = listed.filter((n) => !uses.has(n));
  if (unused.length) throw new Error(`src/exit/panel-start.js lists ${list(unused)} in its /* global */ line but does not use them`);
  const unlisted = [...uses].filter((n) => glue.has(n) && !listed.includes(n));
  if (unlisted.length) throw new Error(`src/exit/panel-start.js uses the glue's ${list(unlisted)}: name them in its /* global */ line`);
}

const list = (names) => names.map((n) => '`' + n + '`').join(', ');

// The text of a top-level declaration once the stream parts are gone: itself, the declarators of a
// `const`/`let`/`var` that are not the streams', or `;` when nothing is left.
function statement(src, decl, keep) {
  if (decl.type !== 'VariableDeclaration') return keep(decl) ? src.slice(decl.start, decl.end) : ';';
  const kept = decl.declarations.filter(keep);
  if (kept.length === decl.declarations.length) return src.slice(decl.start, decl.end);
  if (!kept.length) return ';';
  return `${decl.kind} ${kept.map((d) => src.slice(d.start, d.end)).join(', ')};`;
}

// The names a top-level statement (or declarator) declares in the module scope.
function declared(s) {
  if (s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration') return s.declaration ? declared(s.declaration) : [];
  if (s.type === 'VariableDeclaration') return s.declarations.flatMap((d) => bound(d.id));
  if (s.type === 'VariableDeclarator') return bound(s.id);
  if ((s.type === 'FunctionDeclaration' || s.type === 'ClassDeclaration') && s.id) return [s.id.name];
  if (s.type === 'ImportDeclaration') return s.specifiers.map((x) => x.local.name);
  return [];
}

// The names a binding pattern binds.
function bound(p) {
  if (!p) return [];
  switch (p.type) {
    case 'Identifier': return [p.name];
    case 'ObjectPattern': return p.properties.flatMap((x) => bound(x.type === 'RestElement' ? x.argument : x.value));
    case 'ArrayPattern': return p.elements.flatMap(bound);
    case 'AssignmentPattern': return bound(p.left);
    case 'RestElement': return bound(p.argument);
    default: return [];
  }
}

const isFunction = (n) => /^(FunctionDeclaration|FunctionExpression|ArrowFunctionExpression)$/.test(n.type);

// `var` names anywhere in a function body (or the module), not inside nested functions.
function vars(node, out = []) {
  if (!node || typeof node.type !== 'string' || isFunction(node) || node.type === 'StaticBlock') return out;
  if (node.type === 'VariableDeclaration' && node.kind === 'var') out.push(...node.declarations.flatMap((d) => bound(d.id)));
  for (const c of children(node)) vars(c, out);
  return out;
}

// Names declared by a statement list's own `let`, `const`, `class` and `function` (block-scoped: modules are strict).
const lexical = (body) => body.flatMap((s) => (s.type === 'VariableDeclaration' && s.kind === 'var' ? [] : declared(s)));

function* children(node) {
  for (const [k, v] of Object.entries(node)) {
    if (k === 'type' || k === 'start' || k === 'end') continue;
    if (Array.isArray(v)) { for (const x of v) if (x && typeof x.type === 'string') yield x; }
    else if (v && typeof v.type === 'string') yield v;
  }
}

/**
 * The names that code reads or writes without declaring them (globals, or the glue's in the joined module):
 * a plain scope analysis of what ES modules use (var and function scopes, blocks, catch, classes, patterns).
 */
export function free(root) {
  const out = new Set();
  const scope = (parent, names) => ({ parent, names: new Set(names) });
  const known = (s, name) => { for (; s; s = s.parent) if (s.names.has(name)) return true; return false; };
  const walk = (n, s) => {
    if (!n) return;
    switch (n.type) {
      case 'Identifier':
        if (!known(s, n.name)) out.add(n.name);
        return;
      case 'Program':
        return n.body.forEach((x) => walk(x, scope(s, [...vars(n), ...lexical(n.body)])));
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression': {
        const names = n.params.flatMap(bound);
        if (n.type !== 'ArrowFunctionExpression') names.push('arguments');
        if (n.type === 'FunctionExpression' && n.id) names.push(n.id.name);
        if (n.body.type === 'BlockStatement') names.push(...vars(n.body), ...lexical(n.body.body));
        const inner = scope(s, names);
        n.params.forEach((p) => walk(p, inner));
        if (n.body.type === 'BlockStatement') n.body.body.forEach((x) => walk(x, inner));
        else walk(n.body, inner);
        return;
      }
      case 'ClassDeclaration':
      case 'ClassExpression': {
        const inner = scope(s, n.id ? [n.id.name] : []);
        walk(n.superClass, inner);
        walk(n.body, inner);
        return;
      }
      case 'BlockStatement':
        return n.body.forEach((x) => walk(x, scope(s, lexical(n.body))));
      case 'StaticBlock':
        return n.body.forEach((x) => walk(x, scope(s, [...vars(n), ...lexical(n.body)])));
      case 'SwitchStatement': {
        walk(n.discriminant, s);
        const inner = scope(s, lexical(n.cases.flatMap((c) => c.consequent)));
        return n.cases.forEach((c) => { walk(c.test, inner); c.consequent.forEach((x) => walk(x, inner)); });
      }
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement': {
        const head = n.type === 'ForStatement' ? n.init : n.left;
        const inner = head && head.type === 'VariableDeclaration' && head.kind !== 'var' ? scope(s, declared(head)) : s;
        for (const c of children(n)) walk(c, inner);
        return;
      }
      case 'CatchClause':
        return walk(n.body, scope(s, bound(n.param)));
      case 'MemberExpression':
        walk(n.object, s);
        if (n.computed) walk(n.property, s);
        return;
      case 'Property':
      case 'MethodDefinition':
      case 'PropertyDefinition':
        if (n.computed) walk(n.key, s);
        walk(n.value, s);
        return;
      case 'LabeledStatement':
        return walk(n.body, s);
      case 'BreakStatement':
      case 'ContinueStatement':
      case 'MetaProperty':
      case 'ImportDeclaration':
        return;
      case 'ExportSpecifier':
        return walk(n.local, s);
      default:
        for (const c of children(n)) walk(c, s);
    }
  };
  walk(root, root.type === 'Program' ? null : scope(null, []));
  return out;
}

// Calls `f` with every identifier, property name and string in the tree (the glue's wasm exports are properties).
function names(node, f) {
  if (node.type === 'Identifier' || node.type === 'PrivateIdentifier') f(node.name);
  else if (node.type === 'Literal' && typeof node.value === 'string') f(node.value);
  else if (node.type === 'TemplateElement') f(node.value.cooked ?? node.value.raw);
  for (const c of children(node)) names(c, f);
}
