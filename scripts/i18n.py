"""Keep resources/i18n/land_balance_zh_CN.ts in step with the tr() calls in the code.

    python scripts/i18n.py update   # add new strings (unfinished), drop vanished ones
    python scripts/i18n.py check    # exit 1 listing strings without a finished translation
    python scripts/i18n.py todo F   # write the untranslated strings to F as JSON {source: ""}
    python scripts/i18n.py fill F   # take the translations of F ({source: translation}) into the .ts
    python scripts/i18n.py merge A B  # union of two .ts files' translations into ours (after a merge)

Strings are found with Python's ast (every ``tr("…")`` / ``self.tr("…")`` with a literal),
in the single context the plugin translates with (i18n.CONTEXT). lrelease (Makefile) turns
the .ts into the .qm QGIS loads.
"""

from __future__ import annotations

import ast
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "resources" / "i18n" / "land_balance_zh_CN.ts"
CONTEXT = "LandBalance"
SKIP = {"tests", "bench", "scripts", "ext", ".venv", ".build", "data", "out", "dist", "docs", ".git"}


def plugin_sources():
    for path in sorted(REPO.rglob("*.py")):
        rel = path.relative_to(REPO)
        if rel.parts[0] not in SKIP:
            yield path


def extract() -> dict:
    """source text → first location 'file:line'."""
    found = {}
    for path in plugin_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            first = node.args[0]
            if name == "tr" and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, (str(path.relative_to(REPO)), node.lineno))
    return found


def read_ts() -> dict:
    """source → (translation, finished)."""
    if not TS.exists():
        return {}
    out = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text or "" if translation is not None else ""
        finished = translation is not None and translation.get("type") not in ("unfinished", "obsolete") and bool(text)
        out[source] = (text, finished)
    return out


def write_ts(strings: dict, translations: dict) -> None:
    root = ET.Element("TS", version="2.1", language="zh_CN")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(strings, key=lambda s: (strings[s], s)):
        filename, line = strings[source]
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=f"../../{filename}", line=str(line))
        ET.SubElement(message, "source").text = source
        text, finished = translations.get(source, ("", False))
        translation = ET.SubElement(message, "translation")
        translation.text = text
        if not finished:
            translation.set("type", "unfinished")
    ET.indent(root)
    TS.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def untranslated() -> list:
    translations = read_ts()
    return sorted(s for s in extract() if not translations.get(s, ("", False))[1])


def fill(translations: dict) -> None:
    current = read_ts()
    for source, text in translations.items():
        if text:
            current[source] = (text, True)
    write_ts(extract(), current)


def read_other_ts(path) -> dict:
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") not in ("unfinished", "obsolete"):
            out[message.findtext("source") or ""] = translation.text
    return out


def main(argv) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "todo":
        Path(argv[2]).write_text(json.dumps({s: "" for s in untranslated()}, ensure_ascii=False, indent=1),
                                 encoding="utf-8")
        return 0
    if command == "fill":
        fill(json.loads(Path(argv[2]).read_text(encoding="utf-8")))
        print(f"{len(untranslated())} strings still without translation")
        return 0
    if command == "merge":
        merged = {}
        for path in argv[2:]:
            merged.update(read_other_ts(path))
        fill(merged)
        print(f"{len(untranslated())} strings still without translation")
        return 0
    if command == "update":
        write_ts(extract(), read_ts())
        missing = untranslated()
        print(f"{TS.relative_to(REPO)}: {len(extract())} strings, {len(missing)} without translation")
        return 0
    if command == "check":
        missing = untranslated()
        for source in missing:
            print(f"untranslated: {source!r}")
        return 1 if missing else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
