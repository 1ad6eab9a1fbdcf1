"""The JSON Schema of rule files, generated from the pydantic models and never written by hand.

Editors use it through yaml-language-server for completion and checking as you type; the
copy committed at `rules/rules.schema.json` is tested to match what the models generate.
"""

from __future__ import annotations

import json
from typing import Any

from provenance.rules.models import RuleFile


def rules_schema() -> dict[str, Any]:
    schema = RuleFile.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def rules_schema_text() -> str:
    return json.dumps(rules_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
