//! Codecs: names resolved as `codecs.lookup` resolves them, and encoding and decoding with
//! CPython's error handlers for the codecs the runtime implements (UTF-8, ASCII, Latin-1).

use super::codec_names::{ALIASES, MODULES};
use crate::exc::{PyErr, PyResult};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The implemented codec `name` stands for, under any of CPython's spellings; `None` for
    /// every other codec and for names CPython does not know.
    pub fn named(name: &str) -> Option<Codec> {
        match resolve(name) {
            Some(("utf_8", _)) => Some(Codec::Utf8),
            Some(("ascii", _)) => Some(Codec::Ascii),
            Some(("latin_1", _)) => Some(Codec::Latin1),
            _ => None,
        }
    }

    /// As `named`, else what CPython raises for `name` (`LookupError` for an unknown name or a
    /// codec that is not a text encoding), or a refusal for a text codec CPython has and the
    /// runtime lacks (decoding with a wrong codec would print wrong text). `direction` is
    /// "encode" or "decode", as CPython's message names it.
    pub fn lookup(name: &str, direction: &str) -> PyResult<Codec> {
        if let Some(codec) = Codec::named(name) {
            return Ok(codec);
        }
        match resolve(name) {
            None => Err(PyErr::new("LookupError", format!("unknown encoding: {}", name))),
            Some((_, false)) => Err(PyErr::new(
                "LookupError",
                format!("'{}' is not a text encoding; use codecs.{}() to handle arbitrary codecs", name, direction),
            )),
            Some((module, true)) => Err(PyErr::untranslatable(&format!(
                "the codec '{}' (the runtime implements utf-8, ascii and latin-1)",
                module
            ))),
        }
    }

    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// `encodings.normalize_encoding` after `codecs.lookup`'s lower-casing: runs of characters other
/// than ASCII letters, digits and `.` become one `_`, none at either end.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if gap && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            gap = false;
        } else {
            gap = true;
        }
    }
    out
}

/// The codec module CPython's `encodings.search_function` finds for `name`, and whether it is a
/// text encoding.
fn resolve(name: &str) -> Option<(&'static str, bool)> {
    let norm = normalize(name);
    let alias = |key: &str| ALIASES.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|i| ALIASES[i].1);
    let module = alias(&norm).or_else(|| alias(&norm.replace('.', "_")));
    let module: &str = module.unwrap_or(&norm);
    MODULES.binary_search_by(|(m, _)| (*m).cmp(module)).ok().map(|i| MODULES[i])
}

/// The error handlers the runtime implements, looked up (as CPython does) only when a character
/// or byte cannot be converted.
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
}

fn handler(errors: &str, decoding: bool) -> PyResult<Handler> {
    match errors {
        "strict" => Ok(Handler::Strict),
        "ignore" => Ok(Handler::Ignore),
        "replace" => Ok(Handler::Replace),
        "backslashreplace" => Ok(Handler::BackslashReplace),
        "xmlcharrefreplace" | "namereplace" if decoding => {
            Err(PyErr::type_error("don't know how to handle UnicodeDecodeError in error callback"))
        }
        "xmlcharrefreplace" => Ok(Handler::XmlCharRefReplace),
        "namereplace" | "surrogateescape" | "surrogatepass" => Err(PyErr::untranslatable(&format!(
            "the '{}' error handler of {}",
            errors,
            if decoding { "bytes.decode" } else { "str.encode" }
        ))),
        other => Err(PyErr::new("LookupError", format!("unknown error handler name '{}'", other))),
    }
}

/// `text` encoded; only ASCII and Latin-1 can meet a character they cannot encode.
pub fn encode(text: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // CPython hands the handler the whole run of unencodable characters at once.
        let end = (i..chars.len()).find(|&j| (chars[j] as u32) < limit).unwrap_or(chars.len());
        match handler(errors, false)? {
            Handler::Strict => return Err(unencodable(codec, limit, text, i, end)),
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat(b'?').take(end - i)),
            Handler::BackslashReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(escape_char(c).as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

fn escape_char(c: char) -> String {
    let code = c as u32;
    if code <= 0xff {
        format!("\\x{:02x}", code)
    } else if code <= 0xffff {
        format!("\\u{:04x}", code)
    } else {
        format!("\\U{:08x}", code)
    }
}

/// CPython's `UnicodeEncodeError` for the run `start..end` of `text`'s characters.
fn unencodable(codec: Codec, limit: u32, text: &str, start: usize, end: usize) -> PyErr {
    let reason = format!("ordinal not in range({})", limit);
    crate::value::unicode_error::encode_error(codec.name(), text, start, end, &reason)
}

/// `bytes` decoded with `errors` as CPython's decoders apply it.
pub fn decode(bytes: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        let (valid, bad) = match codec {
            Codec::Latin1 => {
                out.extend(bytes[at..].iter().map(|&b| b as char));
                return Ok(out);
            }
            Codec::Ascii => {
                let n = bytes[at..].iter().position(|&b| b >= 0x80).unwrap_or(bytes.len() - at);
                (n, 1)
            }
            Codec::Utf8 => match std::str::from_utf8(&bytes[at..]) {
                Ok(_) => (bytes.len() - at, 0),
                Err(e) => (e.valid_up_to(), e.error_len().unwrap_or(bytes.len() - at - e.valid_up_to())),
            },
        };
        // The valid prefix is ASCII or checked UTF-8.
        out.push_str(std::str::from_utf8(&bytes[at..at + valid]).unwrap_or_default());
        at += valid;
        if bad == 0 || at >= bytes.len() {
            break;
        }
        match handler(errors, true)? {
            Handler::Strict => return Err(undecodable(codec, bytes, at, at + bad)),
            Handler::Ignore => {}
            Handler::Replace => out.push('\u{fffd}'),
            Handler::BackslashReplace => {
                for b in &bytes[at..at + bad] {
                    out.push_str(&format!("\\x{:02x}", b));
                }
            }
            Handler::XmlCharRefReplace => unreachable!("refused for decoding by handler()"),
        }
        at += bad;
    }
    Ok(out)
}

/// CPython's `UnicodeDecodeError` for `bytes[start..end]`.
fn undecodable(codec: Codec, bytes: &[u8], start: usize, end: usize) -> PyErr {
    let reason = match codec {
        Codec::Utf8 if end == bytes.len() && !invalid_start(bytes[start]) && truncated(&bytes[start..]) => {
            "unexpected end of data"
        }
        Codec::Utf8 if invalid_start(bytes[start]) => "invalid start byte",
        Codec::Utf8 => "invalid continuation byte",
        _ => "ordinal not in range(128)",
    };
    crate::value::unicode_error::decode_error(codec.name(), bytes, start, end, reason)
}

/// One chunk of a stream decoded strictly, as CPython's incremental decoders do: bytes left
/// `pending` by the last chunk come first (error positions count from them), and unless the
/// chunk is the `last`, a UTF-8 character cut by its end waits in `pending` for the next. An
/// error leaves `pending` as it was, as CPython's buffered decoder does.
pub fn decode_chunk(pending: &mut Vec<u8>, chunk: &[u8], codec: Codec, last: bool) -> PyResult<String> {
    let held = pending.len();
    let mut data = std::mem::take(pending);
    data.extend_from_slice(chunk);
    if codec == Codec::Utf8 && !last {
        if let Err(e) = std::str::from_utf8(&data) {
            if e.error_len().is_none() {
                *pending = data.split_off(e.valid_up_to());
            }
        }
    }
    decode(&data, codec, "strict").map_err(|e| {
        *pending = data[..held.min(data.len())].to_vec();
        e
    })
}

fn invalid_start(b: u8) -> bool {
    (0x80..0xc2).contains(&b) || b > 0xf4
}

/// Whether `tail` is the start of a valid sequence that the data ends inside.
fn truncated(tail: &[u8]) -> bool {
    matches!(std::str::from_utf8(tail), Err(e) if e.valid_up_to() == 0 && e.error_len().is_none())
}
