//! JSON text to Python values, as `json.loads` reads it: objects become dicts (a repeated key
//! keeps its first position and its last value), arrays lists, numbers with a fraction or an
//! exponent floats and others ints of any size; `NaN`, `Infinity` and `-Infinity` are floats.

use crate::int::Int;
use crate::value::Value;

/// The JSON array of a call's arguments; an error message for anything else.
pub fn arguments(bytes: &[u8]) -> Result<Vec<Value>, String> {
    let mut p = Parser { s: bytes, i: 0 };
    p.ws();
    if p.peek() != Some(b'[') {
        return Err(p.fail("the arguments must be a JSON array"));
    }
    // Straight into a Vec: no list object to build and copy out of on every call.
    let args = p.items(0)?;
    p.ws();
    if p.i != p.s.len() {
        return Err(p.fail("extra data after the arguments"));
    }
    Ok(args)
}

/// One JSON value (for tests and hosts that pass a single value).
pub fn value(bytes: &[u8]) -> Result<Value, String> {
    let mut p = Parser { s: bytes, i: 0 };
    let v = p.value(0)?;
    p.ws();
    if p.i != p.s.len() {
        return Err(p.fail("extra data"));
    }
    Ok(v)
}

/// Nesting deeper than this is refused rather than exhausting the guest's stack.
const MAX_DEPTH: usize = 500;

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Parser<'a> {
    fn fail(&self, what: &str) -> String {
        format!("invalid ABI JSON at byte {}: {}", self.i, what)
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.i += 1;
        }
    }

    fn literal(&mut self, word: &str, v: Value) -> Result<Value, String> {
        if self.s[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(v)
        } else {
            Err(self.fail("expecting a value"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, String> {
        if depth > MAX_DEPTH {
            return Err(self.fail("nested too deeply"));
        }
        self.ws();
        match self.peek() {
            Some(b'[') => self.array(depth),
            Some(b'{') => self.object(depth),
            Some(b'"') => Ok(Value::Str(self.string()?.into())),
            Some(b'n') => self.literal("null", Value::None),
            Some(b't') => self.literal("true", Value::TRUE),
            Some(b'f') => self.literal("false", Value::FALSE),
            Some(b'N') => self.literal("NaN", Value::Float(f64::NAN)),
            Some(b'I') => self.literal("Infinity", Value::Float(f64::INFINITY)),
            Some(b'-') if self.s[self.i..].starts_with(b"-Infinity") => {
                self.literal("-Infinity", Value::Float(f64::NEG_INFINITY))
            }
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.fail("expecting a value")),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, String> {
        self.items(depth).map(Value::list)
    }

    /// The items of the array at the current position.
    fn items(&mut self, depth: usize) -> Result<Vec<Value>, String> {
        self.i += 1;
        let mut items = Vec::new();
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(items);
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(items);
                }
                _ => return Err(self.fail("expecting ',' or ']'")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, String> {
        self.i += 1;
        let mut pairs = Vec::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Value::dict(pairs).map_err(|e| e.into_message());
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(self.fail("expecting a property name in double quotes"));
            }
            let key = self.string()?;
            self.ws();
            if self.peek() != Some(b':') {
                return Err(self.fail("expecting ':'"));
            }
            self.i += 1;
            let v = self.value(depth + 1)?;
            pairs.push((Value::Str(key.into()), v));
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Value::dict(pairs).map_err(|e| e.into_message());
                }
                _ => return Err(self.fail("expecting ',' or '}'")),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Value, String> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let int_start = self.i;
        let n = self.digits();
        if n == 0 || (n > 1 && self.s[int_start] == b'0') {
            return Err(self.fail("malformed number"));
        }
        let mut float = false;
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.fail("malformed number"));
            }
            float = true;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.fail("malformed number"));
            }
            float = true;
        }
        // Only ASCII digits and signs were consumed.
        let text = std::str::from_utf8(&self.s[start..self.i]).map_err(|_| self.fail("malformed number"))?;
        if float {
            return text.parse::<f64>().map(Value::Float).map_err(|_| self.fail("malformed number"));
        }
        if let Ok(small) = text.parse::<i64>() {
            return Ok(Value::int(small));
        }
        Int::parse(text, 10).map(Value::Int).map_err(|e| e.into_message())
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let end = self.i + 4;
        let digits = self.s.get(self.i..end).ok_or_else(|| self.fail("truncated \\u escape"))?;
        let text = std::str::from_utf8(digits).map_err(|_| self.fail("invalid \\u escape"))?;
        let n = u32::from_str_radix(text, 16).map_err(|_| self.fail("invalid \\u escape"))?;
        self.i = end;
        Ok(n)
    }

    fn string(&mut self) -> Result<String, String> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let start = self.i;
            while let Some(c) = self.peek() {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            let run = std::str::from_utf8(&self.s[start..self.i]).map_err(|_| self.fail("invalid UTF-8"))?;
            out.push_str(run);
            match self.peek() {
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => return Err(self.fail("invalid control character in a string")),
                None => return Err(self.fail("unterminated string")),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), String> {
        let c = self.peek().ok_or_else(|| self.fail("unterminated string"))?;
        self.i += 1;
        let simple = match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode(out),
            _ => return Err(self.fail("invalid \\escape")),
        };
        out.push(simple);
        Ok(())
    }

    /// `\uXXXX`, with a following `\uXXXX` for a surrogate pair. A lone surrogate has no
    /// UTF-8 form, so the ABI refuses it.
    fn unicode(&mut self, out: &mut String) -> Result<(), String> {
        let high = self.hex4()?;
        let code = if (0xd800..0xdc00).contains(&high) && self.s[self.i..].starts_with(b"\\u") {
            self.i += 2;
            let low = self.hex4()?;
            if !(0xdc00..0xe000).contains(&low) {
                return Err(self.fail("lone surrogate"));
            }
            0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00)
        } else {
            high
        };
        let c = char::from_u32(code).ok_or_else(|| self.fail("lone surrogate"))?;
        out.push(c);
        Ok(())
    }
}
