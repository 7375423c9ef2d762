"""Main text and metadata of an HTML page, through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    title: str | None
    date: str | None
    author: str | None
    sitename: str | None


class HtmlError(ValueError):
    """The page holds no article text; ``code`` becomes the rejection code."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


def extract_page(html: str, url: str | None = None) -> ExtractedPage:
    """Article body and metadata; raises HtmlError when there is no body to read."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ValueError, TypeError) as exc:  # trafilatura raises these on unparsable markup
        raise HtmlError("html", f"cannot be parsed as HTML: {exc}") from exc
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    if not text:
        raise HtmlError("no_body", "HTML page has no article body text")
    return ExtractedPage(
        text=text,
        title=document.title or None,
        date=document.date or None,
        author=document.author or None,
        sitename=document.sitename or None,
    )
