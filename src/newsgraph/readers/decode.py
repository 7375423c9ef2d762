"""Bytes to text, defensively: BOMs, UTF-8, then detected legacy encodings, else a clear refusal."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab/newline/carriage return/form feed mark binary data.
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x0b")
_MAX_CHAOS = 0.2


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


class DecodeError(ValueError):
    """The bytes are not text we can read; ``code`` is the rejection code."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


def looks_binary(data: bytes, sample: int = 8192) -> bool:
    head = data[:sample]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return bool(head) and controls / len(head) > 0.05


def decode_bytes(data: bytes) -> Decoded:
    """Decode article bytes; raise DecodeError('binary'|'encoding'|'empty', why)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    "encoding", f"has a {encoding} byte-order mark but {exc}"
                ) from exc
    if not data.strip():
        raise DecodeError("empty", "is empty")
    if looks_binary(data):
        raise DecodeError("binary", "looks like binary data (NUL or control bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding not in ("utf_8", "ascii") and best.chaos <= _MAX_CHAOS:
        try:
            return Decoded(data.decode(best.encoding), best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    raise DecodeError(
        "encoding",
        f"is not valid UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start})"
        " and no other encoding fits it cleanly",
    )
