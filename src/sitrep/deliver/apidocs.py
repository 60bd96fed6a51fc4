"""The API reference at `/docs`, written from the OpenAPI document as plain HTML.

FastAPI's own /docs and /redoc pages load Swagger UI and ReDoc from a CDN, so they are blank on an offline
laptop; this page needs nothing beyond the server. The machine-readable document stays at /openapi.json.
"""

from __future__ import annotations

from html import escape
from typing import Any

CSS = (
    "body{font:15px/1.5 system-ui,'DejaVu Sans',sans-serif;color:#1d2327;max-width:960px;margin:24px auto;"
    "padding:0 16px}h2{font-size:17px;margin:28px 0 4px;font-family:monospace}.m{color:#fff;background:#1f3a4d;"
    "border-radius:3px;padding:1px 6px;margin-right:6px}table{border-collapse:collapse;width:100%;font-size:13px}"
    "th,td{border-bottom:1px solid #e2e2e2;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f3f5f6}"
    "code{background:#f3f5f6;padding:0 3px}table{table-layout:fixed}th:nth-child(1){width:16%}"
    "th:nth-child(2){width:8%}th:nth-child(3){width:24%}th:nth-child(4){width:14%}"
)


def schema_type(schema: dict[str, Any]) -> str:
    """A short type for a parameter schema: `date`, `integer 1–5000`, `one of: a, b`; optional nulls dropped."""
    options = [s for s in schema.get("anyOf", [schema]) if s.get("type") != "null"]
    names = []
    for option in options:
        if "enum" in option:
            names.append("one of: " + ", ".join(str(v) for v in option["enum"]))
            continue
        if option.get("type") == "array":
            names.append("list of " + schema_type(option.get("items", {})))
            continue
        name = option.get("format") or option.get("type") or option.get("$ref", "").rsplit("/", 1)[-1] or "any"
        low, high = option.get("minimum"), option.get("maximum")
        if low is not None or high is not None:
            name += (
                f" {low}–{high}"
                if low is not None and high is not None
                else f" ≥ {low}"
                if high is None
                else f" ≤ {high}"
            )
        names.append(name)
    return " or ".join(names) or "any"


def _parameters(parameters: list[dict[str, Any]]) -> str:
    if not parameters:
        return "<p>No parameters.</p>"
    rows = []
    for p in parameters:
        schema = p.get("schema", {})
        default = schema.get("default")
        required = "required" if p.get("required") else ("" if default is None else f"default {default}")
        rows.append(
            f"<tr><td><code>{escape(p['name'])}</code></td><td>{escape(p['in'])}</td>"
            f"<td>{escape(schema_type(schema))}</td><td>{escape(str(required).lower())}</td>"
            f"<td>{escape(p.get('description', ''))}</td></tr>"
        )
    return (
        "<table><tr><th>Name</th><th>In</th><th>Type</th><th>Required / default</th><th>Meaning</th></tr>"
        + "".join(rows)
        + "</table>"
    )


def _answer(operation: dict[str, Any]) -> str:
    """A link to the schema of the operation's JSON answer, when the document names one."""
    schema = operation.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {}).get("schema")
    name = (schema or {}).get("$ref", "").rsplit("/", 1)[-1]
    return f"<p>Answer: <a href='#schema-{escape(name)}'><code>{escape(name)}</code></a></p>" if name else ""


def _schemas(spec: dict[str, Any]) -> str:
    """Each named schema's fields (the event and what it holds), so a reader knows what the answers carry."""
    parts = []
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        if name.endswith("ValidationError"):  # FastAPI's own; errors have sitrep's one shape (see the top)
            continue
        rows = "".join(
            f"<tr><td><code>{escape(field)}</code></td><td>{escape(schema_type(prop))}</td>"
            f"<td>{'required' if field in schema.get('required', ()) else ''}</td></tr>"
            for field, prop in schema.get("properties", {}).items()
        )
        parts.append(f"<h2 id='schema-{escape(name)}'>{escape(name)}</h2><p>{escape(schema.get('description', ''))}"
                     f"</p><table><tr><th>Field</th><th>Type</th><th>Required</th></tr>{rows}</table>")
    return "<h1>Answers</h1>" + "".join(parts) if parts else ""


def api_reference(spec: dict[str, Any]) -> str:
    """A self-contained HTML page listing every operation with its description and parameters."""
    info = spec.get("info", {})
    title = f"{info.get('title', 'API')} {info.get('version', '')} — API reference".strip()
    parts = [
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"<style>{CSS}</style></head><body><h1>{escape(title)}</h1><p>{escape(info.get('description', ''))}</p>"
        '<p>Every answer is JSON with <code>ok</code>; errors have one shape: <code>{"ok": false, "status": '
        '404, "title": "Not Found", "error": "…"}</code>. The OpenAPI document is at '
        "<a href='/openapi.json'>/openapi.json</a>; the web map is at <a href='/'>/</a>.</p>"
    ]
    for path, operations in spec.get("paths", {}).items():
        for method, operation in operations.items():
            parts.append(
                f"<h2 id='{escape(method + path)}'><span class='m'>{escape(method.upper())}</span>{escape(path)}</h2>"
                f"<p>{escape(operation.get('description') or operation.get('summary', ''))}</p>"
                + _parameters(operation.get("parameters", []))
                + _answer(operation)
            )
    parts.append(_schemas(spec) + "</body></html>")
    return "".join(parts)
