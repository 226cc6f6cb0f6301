//! `json`'s decoder: CPython 3.12's C scanner (`Modules/_json.c`: `scan_once_unicode`,
//! `scanstring_unicode`, `_match_number_unicode`), step for step, so that every error
//! names the same message and position. Positions count code points.

use crate::exc::PyErr;
use crate::str::Str;
use crate::value::func::call;
use crate::value::{DictObj, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The hooks and flags of `json.JSONDecoder`.
pub struct DecodeOptions {
    pub object_hook: Option<Value>,
    pub object_pairs_hook: Option<Value>,
    /// `parse_float`/`parse_int`/`parse_constant` when not the defaults.
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub parse_constant: Option<Value>,
    pub strict: bool,
}

/// How decoding stopped: a `JSONDecodeError` (message, position), the scanner's
/// `StopIteration` (which `raw_decode` turns into "Expecting value"), or another exception.
pub enum Fail {
    At(&'static str, usize),
    Stop(usize),
    Err(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Err(e)
    }
}

type Scan<T> = Result<T, Fail>;

/// How many containers deep CPython's scanner goes before `RecursionError`.
const DEPTH_LIMIT: usize = 1497;

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// One `decode` of a document.
pub struct Scanner<'a> {
    s: &'a [char],
    opts: &'a DecodeOptions,
    depth: usize,
    /// A lone surrogate was decoded (see [`scanstring`]).
    lone: bool,
}

impl<'a> Scanner<'a> {
    pub fn new(s: &'a [char], opts: &'a DecodeOptions) -> Scanner<'a> {
        Scanner { s, opts, depth: 0, lone: false }
    }

    fn at(&self, i: usize) -> Option<char> {
        self.s.get(i).copied()
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.s.len() && is_ws(self.s[i]) {
            i += 1;
        }
        i
    }

    /// `JSONDecoder.decode`: one value between optional whitespace.
    pub fn decode(&mut self) -> Scan<Value> {
        let start = self.skip_ws(0);
        let (v, end) = match self.scan_once(start) {
            Err(Fail::Stop(pos)) => return Err(Fail::At("Expecting value", pos)),
            other => other?,
        };
        let end = self.skip_ws(end);
        if end != self.s.len() {
            return Err(Fail::At("Extra data", end));
        }
        if self.lone {
            return Err(Fail::Err(lone_surrogate()));
        }
        Ok(v)
    }

    /// `scan_once` for `JSONDecoder.raw_decode`: one value starting exactly at `idx`.
    pub fn scan_at(&mut self, idx: usize) -> Scan<(Value, usize)> {
        let found = self.scan_once(idx)?;
        if self.lone {
            return Err(Fail::Err(lone_surrogate()));
        }
        Ok(found)
    }

    /// Hooks would see the stand-in for a lone surrogate: stop before they run. Without
    /// hooks the document is read to its end first, so that a later syntax error is the
    /// `JSONDecodeError` CPython raises.
    fn check_lone(&self) -> Scan<()> {
        let hooked = self.opts.object_hook.is_some() || self.opts.object_pairs_hook.is_some();
        if self.lone && hooked {
            return Err(Fail::Err(lone_surrogate()));
        }
        Ok(())
    }

    fn word(&self, idx: usize, w: &str) -> bool {
        w.chars().enumerate().all(|(k, c)| self.at(idx + k) == Some(c))
    }

    /// `scan_once_unicode`.
    fn scan_once(&mut self, idx: usize) -> Scan<(Value, usize)> {
        let c = match self.at(idx) {
            None => return Err(Fail::Stop(idx)),
            Some(c) => c,
        };
        match c {
            '"' => self.string(idx + 1),
            '{' => self.nested("object", |me| me.object(idx + 1)),
            '[' => self.nested("array", |me| me.array(idx + 1)),
            'n' if self.word(idx, "null") => Ok((Value::None, idx + 4)),
            't' if self.word(idx, "true") => Ok((Value::TRUE, idx + 4)),
            'f' if self.word(idx, "false") => Ok((Value::FALSE, idx + 5)),
            'N' if self.word(idx, "NaN") => self.constant("NaN", idx),
            'I' if self.word(idx, "Infinity") => self.constant("Infinity", idx),
            '-' if self.word(idx, "-Infinity") => self.constant("-Infinity", idx),
            _ => self.number(idx),
        }
    }

    fn nested(&mut self, what: &str, f: impl FnOnce(&mut Self) -> Scan<(Value, usize)>) -> Scan<(Value, usize)> {
        if self.depth >= DEPTH_LIMIT {
            return Err(Fail::Err(PyErr::new(
                "RecursionError",
                format!("maximum recursion depth exceeded while decoding a JSON {} from a unicode string", what),
            )));
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
    }

    fn constant(&mut self, name: &str, idx: usize) -> Scan<(Value, usize)> {
        let end = idx + name.chars().count();
        let v = match &self.opts.parse_constant {
            Some(f) => call(f, vec![Value::str(name)], vec![])?,
            None => Value::Float(match name {
                "NaN" => f64::NAN,
                "Infinity" => f64::INFINITY,
                _ => f64::NEG_INFINITY,
            }),
        };
        Ok((v, end))
    }

    fn digit(&self, i: usize) -> bool {
        matches!(self.at(i), Some('0'..='9'))
    }

    /// `_match_number_unicode` (its `idx < end_idx` tests included: `1.` and `1e` stop
    /// before the `.` or `e`).
    fn number(&mut self, start: usize) -> Scan<(Value, usize)> {
        let len = self.s.len();
        let mut idx = start;
        if self.at(idx) == Some('-') {
            idx += 1;
            if idx >= len {
                return Err(Fail::Stop(start));
            }
        }
        match self.at(idx) {
            Some('1'..='9') => {
                idx += 1;
                while self.digit(idx) {
                    idx += 1;
                }
            }
            Some('0') => idx += 1,
            _ => return Err(Fail::Stop(start)),
        }
        let mut is_float = false;
        if idx + 1 < len && self.s[idx] == '.' && self.digit(idx + 1) {
            is_float = true;
            idx += 2;
            while self.digit(idx) {
                idx += 1;
            }
        }
        if idx + 1 < len && (self.s[idx] == 'e' || self.s[idx] == 'E') {
            let e_start = idx;
            idx += 1;
            if idx + 1 < len && (self.s[idx] == '-' || self.s[idx] == '+') {
                idx += 1;
            }
            while self.digit(idx) {
                idx += 1;
            }
            if self.digit(idx - 1) {
                is_float = true;
            } else {
                idx = e_start;
            }
        }
        let text: String = self.s[start..idx].iter().collect();
        let hook = if is_float { &self.opts.parse_float } else { &self.opts.parse_int };
        let v = match hook {
            Some(f) => call(f, vec![Value::str(&text)], vec![])?,
            None if is_float => Value::Float(crate::float::parse_float(&text)?),
            None => Value::Int(crate::int::Int::parse(&text, 10)?),
        };
        Ok((v, idx))
    }

    /// `scanstring_unicode`: `end` is just after the opening quote.
    fn string(&mut self, end: usize) -> Scan<(Value, usize)> {
        let (s, next) = scanstring(self.s, end, self.opts.strict, &mut self.lone)?;
        self.check_lone()?;
        Ok((Value::Str(s), next))
    }

    /// `_parse_object_unicode`.
    fn object(&mut self, idx: usize) -> Scan<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut idx = self.skip_ws(idx);
        if self.at(idx) != Some('}') {
            loop {
                if self.at(idx) != Some('"') {
                    return Err(Fail::At("Expecting property name enclosed in double quotes", idx));
                }
                let (key, next) = scanstring(self.s, idx + 1, self.opts.strict, &mut self.lone)?;
                self.check_lone()?;
                idx = self.skip_ws(next);
                if self.at(idx) != Some(':') {
                    return Err(Fail::At("Expecting ':' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
                let (val, next) = self.scan_once(idx)?;
                pairs.push((Value::Str(key), val));
                idx = self.skip_ws(next);
                if self.at(idx) == Some('}') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return Err(Fail::At("Expecting ',' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        let end = idx + 1;
        if let Some(hook) = &self.opts.object_pairs_hook {
            let list = Value::list(pairs.into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect());
            return Ok((call(hook, vec![list], vec![])?, end));
        }
        let mut d = DictObj::new();
        for (k, v) in pairs {
            d.insert(k, v)?;
        }
        let d = Value::Dict(Rc::new(RefCell::new(d)));
        match &self.opts.object_hook {
            Some(hook) => Ok((call(hook, vec![d], vec![])?, end)),
            None => Ok((d, end)),
        }
    }

    /// `_parse_array_unicode`.
    fn array(&mut self, idx: usize) -> Scan<(Value, usize)> {
        let mut items = Vec::new();
        let mut idx = self.skip_ws(idx);
        if self.at(idx) != Some(']') {
            loop {
                let (val, next) = self.scan_once(idx)?;
                items.push(val);
                idx = self.skip_ws(next);
                if self.at(idx) == Some(']') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return Err(Fail::At("Expecting ',' delimiter", idx));
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        Ok((Value::list(items), idx + 1))
    }
}

fn lone_surrogate() -> PyErr {
    PyErr::untranslatable("a lone surrogate (\\ud800-\\udfff) in a JSON string")
}

fn hex4(s: &[char], from: usize) -> Option<u32> {
    let mut c = 0u32;
    for k in 0..4 {
        c = (c << 4) | s.get(from + k)?.to_digit(16)?;
    }
    Some(c)
}

/// `scanstring_unicode`: the string starting just after a quote at `end - 1`, and the
/// index after its closing quote. A lone surrogate (`"\ud800"`), which a `str` here cannot
/// hold, sets `lone` and stands as U+FFFD until the caller refuses the result.
pub fn scanstring(s: &[char], mut end: usize, strict: bool, lone: &mut bool) -> Scan<(Str, usize)> {
    let begin = end - 1;
    let len = s.len();
    let mut out = String::new();
    loop {
        let mut next = end;
        let mut c = '\0';
        while next < len {
            c = s[next];
            if c == '"' || c == '\\' {
                break;
            }
            if (c as u32) <= 0x1f && strict {
                return Err(Fail::At("Invalid control character at", next));
            }
            next += 1;
        }
        if next >= len || (c != '"' && c != '\\') {
            return Err(Fail::At("Unterminated string starting at", begin));
        }
        out.extend(&s[end..next]);
        next += 1;
        if c == '"' {
            return Ok((Str::from(out), next));
        }
        if next == len {
            return Err(Fail::At("Unterminated string starting at", begin));
        }
        let esc = s[next];
        if esc != 'u' {
            end = next + 1;
            let ch = match esc {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\u{8}',
                'f' => '\u{c}',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => return Err(Fail::At("Invalid \\escape", end - 2)),
            };
            out.push(ch);
            continue;
        }
        next += 1;
        end = next + 4;
        if end >= len {
            return Err(Fail::At("Invalid \\uXXXX escape", next - 1));
        }
        let mut cp = match hex4(s, next) {
            Some(v) => v,
            None => return Err(Fail::At("Invalid \\uXXXX escape", end - 5)),
        };
        if (0xd800..0xdc00).contains(&cp) && end + 6 < len && s[end] == '\\' && s[end + 1] == 'u' {
            let low = match hex4(s, end + 2) {
                Some(v) => v,
                None => return Err(Fail::At("Invalid \\uXXXX escape", end + 1)),
            };
            if (0xdc00..0xe000).contains(&low) {
                cp = 0x10000 + (((cp - 0xd800) << 10) | (low - 0xdc00));
                end += 6;
            }
        }
        match char::from_u32(cp) {
            Some(ch) => out.push(ch),
            None => {
                *lone = true;
                out.push('\u{fffd}');
            }
        }
    }
}
