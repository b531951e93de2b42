"""`./dev test`'s run of Mozilla's compare-locales over l10n.toml, made strict.

compare-locales reports syntax errors, duplicate ids and a value or attribute missing or left over as errors
(exit status 1), but a message missing in a language, a message English no longer has, and a missing file only
as counts: Mozilla's products fall back to English. Here, as in tests/locales.rs before, each of those fails too:
a missing message would show in English to a visitor who chose another language, and an obsolete one is a
translation of a text that changed. Warnings (e.g. a plural category English does not need) are shown, not fatal.
"""
import json
import os
import subprocess
import sys
import tempfile
import tomllib

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# l10n.toml must name every translated language of locales/languages.toml (the one list the build reads), or
# compare-locales would skip a new language without a word.
with open(os.path.join(root, "locales/languages.toml"), "rb") as f:
    languages = [l["code"] for l in tomllib.load(f)["language"] if l["code"] != "en"]  # English is the reference
with open(os.path.join(root, "l10n.toml"), "rb") as f:
    configured = tomllib.load(f)["locales"]
if sorted(languages) != sorted(configured):
    print(f"l10n.toml: locales = {configured} but locales/languages.toml lists {languages} besides English:"
          " make them the same", file=sys.stderr)
    sys.exit(1)
# The human report first, as translators read it (it exits 1 on errors; the summary below decides).
subprocess.run(["compare-locales", "l10n.toml", "."], cwd=root, check=False)
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "report.json")
    subprocess.run(["compare-locales", "--return-zero", "--json", out, "l10n.toml", "."], cwd=root, check=True,
                   stdout=subprocess.DEVNULL)
    with open(out, encoding="utf-8") as f:
        report = json.load(f)

problems = []
for project in report:
    for locale, counts in sorted(project["summary"].items()):
        for key, what in [("errors", "errors"), ("missing", "missing messages (copy them from locales/en/ or"
                          " docs/locales/en/ and translate them)"),
                          ("obsolete", "obsolete messages (English no longer has them: remove them)")]:
            if counts.get(key):
                problems.append(f"{locale}: {counts[key]} {what}")

    def walk(node, path):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, f"{path}/{k}" if path else k)
        elif isinstance(node, list):
            for item in node:
                if isinstance(item, dict) and "missingFile" in item:
                    problems.append(f"{path}: file missing: copy it from the English folder and translate it")
                else:
                    walk(item, path)

    walk(project.get("details", {}), "")

if problems:
    print("compare-locales: " + "; ".join(problems), file=sys.stderr)
    sys.exit(1)
print("compare-locales: every language has every message of the reference, none obsolete, no errors")
