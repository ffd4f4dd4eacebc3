"""dateline's exceptions.

    DatelineError
    ├── InputError            an input cannot be read as an article
    │   ├── EmptyInputError       nothing but white space
    │   ├── BinaryInputError      NUL bytes or an undecodable binary
    │   ├── EncodingError         not valid UTF-8 (nor a declared encoding)
    │   ├── TooLargeError         over the size limit
    │   ├── MalformedJSONError    a JSON Lines line that is not a JSON object with "text"
    │   ├── NoBodyError           HTML from which no article body could be extracted
    │   ├── NotEnglishError       a language dateline does not cover
    │   └── MissingInputError     a path that does not exist
    ├── DateError             a publication date that cannot be parsed
    ├── ModelError            the spaCy pipeline cannot be loaded
    └── DataError             a shipped or user data file (dictionary, lexicon) is malformed

The CLI turns each into a one-line message and a non-zero exit.  Messages say what was
expected, what arrived and how to fix it.
"""

from __future__ import annotations


class DatelineError(Exception):
    """The root of every error dateline raises on purpose."""

    reason = "error"


class InputError(DatelineError):
    reason = "bad input"


class EmptyInputError(InputError):
    reason = "empty"


class BinaryInputError(InputError):
    reason = "binary"


class EncodingError(InputError):
    reason = "encoding"


class TooLargeError(InputError):
    reason = "too large"


class MalformedJSONError(InputError):
    reason = "malformed json"


class NoBodyError(InputError):
    reason = "no body"


class NotEnglishError(InputError):
    reason = "not english"


class MissingInputError(InputError):
    reason = "missing"


class DateError(DatelineError):
    reason = "bad date"


class ModelError(DatelineError):
    reason = "model"


class DataError(DatelineError):
    reason = "data"
