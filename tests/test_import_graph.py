"""The house has no import circles: every module of `app` can be read before the ones that
import it (imports inside functions count too; `if TYPE_CHECKING:` ones do not)."""

import grimp


def _cycles(graph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    modules = sorted(graph.modules)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in modules:
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in graph.modules:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def test_no_module_of_the_program_imports_itself_round_a_circle():
    graph = grimp.build_graph("app", exclude_type_checking_imports=True, cache_dir=None)
    assert "app.services.customers.cards" in graph.modules and len(graph.modules) > 90
    assert _cycles(graph) == []


def test_the_circle_finder_finds_a_circle(tmp_path, monkeypatch):
    package = tmp_path / "circled"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from circled import b\n")
    (package / "b.py").write_text("def f():\n    from circled import c\n")
    (package / "c.py").write_text("import circled.a\n")
    (package / "d.py").write_text("import circled.a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = grimp.build_graph("circled", cache_dir=None)
    assert _cycles(graph) == [["circled.a", "circled.b", "circled.c"]]


WIDGETS = ("PySide6.QtWidgets", "PySide6.QtPrintSupport")


def _widget_imports(graph, modules) -> list[str]:
    """`module: line` for each import of Qt's widgets (or print dialogs) by those modules."""
    found = []
    for module in sorted(modules):
        if "PySide6" not in graph.find_modules_directly_imported_by(module):
            continue
        for detail in graph.get_import_details(importer=module, imported="PySide6"):
            if any(name in detail["line_contents"] for name in WIDGETS):
                found.append(f"{module}: {detail['line_contents']}")
    return found


def _reached(graph, start: str) -> set[str]:
    """`start` (a module or package) and every module of the program it imports, at any
    depth."""
    starts = {start, *graph.find_descendants(start)}
    reached = set(starts)
    for module in starts:
        reached |= graph.find_upstream_modules(module)
    return {m for m in reached if m.startswith("app")}


def test_the_command_line_rendering_and_the_desk_reach_no_qt_widgets():
    graph = grimp.build_graph("app", include_external_packages=True,
                              exclude_type_checking_imports=True, cache_dir=None)
    # the window's start is not followed: only `guanxi gui` goes there
    graph.remove_import(importer="app.cli", imported="app.bootstrap")
    for start in ("app.cli", "app.render", "app.desk", "app.presentation"):
        reached = _reached(graph, start)
        assert not any(m.startswith(("app.ui", "app.bootstrap")) for m in reached), start
        assert _widget_imports(graph, reached) == [], start
    # and the check sees such an import where there is one
    assert _widget_imports(graph, {"app.ui.printing", "app.bootstrap"})
