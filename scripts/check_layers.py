#!/usr/bin/env python3
"""Fails when modules of a crate import each other in a cycle.

Each source file is a module (`search/index.rs` is `search::index`, `search/mod.rs` is
`search`). An edge A -> B is a `crate::`/`super::`/`self::` path in A's non-test code that
names B or an item defined in B; a path through a `mod.rs` that only re-exports an item
(`pub use index::Hit`) counts as a path to the module that defines it. Comments, doc links
and test code (`#[cfg(test)]` items, test-only modules) are ignored.

Usage: check_layers.py [REPO]   (checks src/ and crates/*/src/; prints the module graph's
cycles, exits 1 if there is one)
"""

import re
import sys
from pathlib import Path

IDENT = r"[A-Za-z_][A-Za-z0-9_]*"
PATH_RE = re.compile(r"\b(?:crate|super|self)(?:\s*::\s*" + IDENT + r")+")
USE_RE = re.compile(r"\buse\s+((?:crate|super|self)\s*::[^;]*);", re.S)
MOD_RE = re.compile(r"^\s*(#\[cfg\(test\)\]\s*)?(?:pub(?:\([^)]*\))?\s+)?mod\s+(" + IDENT + r")\s*;", re.M)
REEXPORT_RE = re.compile(r"\bpub(?:\([^)]*\))?\s+use\s+([^;]*);", re.S)

# Layers that must never import a higher one, besides having no cycle: (lower, higher) module prefixes.
FORBIDDEN = [(("ui", "components"), ("ui", "pages")), (("model",), ("search",)), (("model",), ("compare",)), (("search",), ("compare",))]


def strip_comments(text):
    """Drops // and /* */ comments, keeping string literals as they are."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(text[i : j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def strip_test_items(text):
    """Drops every item marked #[cfg(test)] (a `mod tests { … }` block, a test-only fn or use)."""
    out, i = [], 0
    while True:
        j = text.find("#[cfg(test)]", i)
        if j < 0:
            out.append(text[i:])
            return "".join(out)
        out.append(text[i:j])
        k = j + len("#[cfg(test)]")
        # The item ends at its first `;` before any `{`, or at the `}` matching its first `{`.
        semi, brace = text.find(";", k), text.find("{", k)
        if brace < 0 or (0 <= semi < brace):
            i = semi + 1
            continue
        depth, k = 0, brace
        while k < len(text):
            if text[k] == "{":
                depth += 1
            elif text[k] == "}":
                depth -= 1
                if depth == 0:
                    break
            k += 1
        i = k + 1


def expand_use_tree(tree):
    """`a::{b, c::{d, e}}` -> [a::b, a::c::d, a::c::e] (`self` inside braces names the prefix)."""
    tree = re.sub(r"\s+", "", tree)
    tree = re.sub(r"\bas" + IDENT, "", tree)
    if "{" not in tree:
        return [tree]
    head, _, rest = tree.partition("{")
    body = rest[: rest.rfind("}")]
    parts, depth, cur = [], 0, ""
    for ch in body:
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        cur += ch
    parts.append(cur)
    paths = []
    for p in filter(None, parts):
        for sub in expand_use_tree(p):
            paths.append(head.rstrip(":") if sub == "self" else head + sub)
    return paths


class Crate:
    def __init__(self, src):
        self.src = src
        self.modules = {}  # module path (tuple) -> cleaned source text
        self.children = {}  # module path -> set of child names
        self.reexports = {}  # module path -> {name: path tuple it re-exports}
        self._load(src / "lib.rs", ())

    def _load(self, file, path):
        raw = file.read_text(encoding="utf-8")
        text = strip_test_items(strip_comments(raw))
        self.modules[path] = text
        self.children[path] = set()
        folder = file.parent if file.name in ("lib.rs", "mod.rs") else file.with_suffix("")
        for m in MOD_RE.finditer(strip_comments(raw)):
            if m.group(1):  # #[cfg(test)] mod x;
                continue
            name = m.group(2)
            if name not in re.findall(r"\bmod\s+(" + IDENT + r")\s*;", text):
                continue  # declared inside a test item
            for cand in (folder / f"{name}.rs", folder / name / "mod.rs"):
                if cand.exists():
                    self.children[path].add(name)
                    self._load(cand, path + (name,))
                    break
        self.reexports[path] = {}
        for m in REEXPORT_RE.finditer(text):
            for p in expand_use_tree(m.group(1)):
                segs = p.split("::")
                if segs and segs[-1] != "*":
                    self.reexports[path][segs[-1]] = segs

    def resolve(self, here, segs, depth=0):
        """The module a path written in module `here` leads to."""
        if segs[0] == "crate":
            cur = ()
        elif segs[0] == "super":
            cur = here[:-1]
        elif segs[0] == "self":
            cur = here
        else:  # a path relative to `cur` (re-exports): child module or item
            cur = here
            segs = ["self"] + segs
        rest = segs[1:]
        while rest and rest[0] == "super":
            cur, rest = cur[:-1], rest[1:]
        while rest and rest[0] in self.children.get(cur, ()):
            cur, rest = cur + (rest[0],), rest[1:]
        if rest and depth < 8:
            target = self.reexports.get(cur, {}).get(rest[0])
            if target is not None and target[0] != "self" and not (target[0] == rest[0] and len(target) == 1):
                return self.resolve(cur, target, depth + 1)
        return cur

    def edges(self):
        graph = {m: set() for m in self.modules}
        for here, text in self.modules.items():
            paths = []
            for m in USE_RE.finditer(text):
                paths += expand_use_tree(m.group(1))
            body = USE_RE.sub("", text)
            paths += [re.sub(r"\s+", "", p) for p in PATH_RE.findall(body)]
            for m in REEXPORT_RE.finditer(text):  # `pub use child::X` is an edge to child
                for p in expand_use_tree(m.group(1)):
                    if not p.startswith(("crate", "super", "self")):
                        paths.append("self::" + p)
            for p in paths:
                target = self.resolve(here, p.split("::"))
                if target != here:
                    graph[here].add(target)
        return graph


def cycles(graph):
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def one_cycle(graph, comp):
    """A shortest path that leaves the component's first module and comes back to it."""
    start, members = comp[0], set(comp)
    prev, frontier = {start: None}, [start]
    while frontier:
        nxt = []
        for v in frontier:
            for w in sorted(graph[v]):
                if w == start:
                    path = [v]
                    while prev[path[-1]] is not None:
                        path.append(prev[path[-1]])
                    return list(reversed(path)) + [start]
                if w in members and w not in prev:
                    prev[w] = v
                    nxt.append(w)
        frontier = nxt
    return comp


def name(crate, m):
    return "::".join(("crate",) + m) if m else f"crate ({crate})"


def main():
    repo = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent)
    roots = [repo / "src"] + sorted(p for p in (repo / "crates").glob("*/src"))
    failed = False
    for src in roots:
        if not (src / "lib.rs").exists():
            continue
        crate = Crate(src)
        graph = crate.edges()
        found = cycles(graph)
        label = src.relative_to(repo)
        n_edges = sum(len(v) for v in graph.values())
        for low, high in FORBIDDEN:
            for v, targets in sorted(graph.items()):
                for w in sorted(targets):
                    if v[: len(low)] == low and w[: len(high)] == high:
                        failed = True
                        print(f"{label}: {name(label, v)} imports {name(label, w)}: {'::'.join(low)} must not import {'::'.join(high)}")
        if not found:
            print(f"{label}: {len(graph)} modules, {n_edges} imports between them, no cycle")
            continue
        failed = True
        print(f"{label}: {len(found)} module cycle(s):")
        for comp in found:
            path = one_cycle(graph, comp)
            print("  " + " -> ".join(name(label, m) for m in path))
            members = set(comp)
            for v in comp:
                inside = sorted(w for w in graph[v] if w in members)
                print(f"    {name(label, v)} imports " + ", ".join(name(label, w) for w in inside))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
