//! Python's `str`: an immutable, shared string indexed by code point.
//!
//! Cloning is a reference-count increment, as passing a str around is in CPython.
//! `len` and indexing count code points; ASCII strings (the common case) take a fast path.

use crate::exc::{PyErr, PyResult};
use crate::int::Int;
use crate::list::List;
use crate::obj::PyObj;
use std::fmt;
use std::rc::Rc;

#[derive(Clone)]
pub struct Str {
    text: Text,
}

/// The characters of a `Str`: a literal of the program is used where it lies, so evaluating
/// `"ka"` in a loop allocates nothing, as a constant costs nothing in CPython. The flag says
/// the text is ASCII; it sits beside the enum's tag, so a `Str` is three words, not four
/// (lists and dicts of strings hold a third less).
#[derive(Clone)]
enum Text {
    Literal(&'static str, bool),
    Shared(Rc<str>, bool),
}

impl std::ops::Deref for Text {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        match self {
            Text::Literal(s, _) => s,
            Text::Shared(s, _) => s,
        }
    }
}

impl PartialEq for Text {
    /// The same shared string is equal without reading it (a dict key looked up with the value
    /// it was stored under, as CPython's dict first compares identity).
    #[inline]
    fn eq(&self, other: &Text) -> bool {
        if let (Text::Shared(a, _), Text::Shared(b, _)) = (self, other) {
            if Rc::ptr_eq(a, b) {
                return true;
            }
        }
        bytes_eq(self.as_bytes(), other.as_bytes())
    }
}

/// Byte equality that compares short strings (words, dict keys) with a few loads instead of a
/// call to `memcmp`.
#[inline]
fn bytes_eq(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n > 16 {
        return a == b;
    }
    if n >= 8 {
        return word8(&a[..8]) == word8(&b[..8]) && word8(&a[n - 8..]) == word8(&b[n - 8..]);
    }
    if n >= 4 {
        return word4(&a[..4]) == word4(&b[..4]) && word4(&a[n - 4..]) == word4(&b[n - 4..]);
    }
    a.iter().zip(b).all(|(x, y)| x == y)
}

#[inline]
fn word8(b: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(b);
    u64::from_le_bytes(w)
}

#[inline]
fn word4(b: &[u8]) -> u32 {
    let mut w = [0u8; 4];
    w.copy_from_slice(b);
    u32::from_le_bytes(w)
}

/// Strings up to this many bytes are concatenated on the stack and allocated once.
const SHORT: usize = 64;

impl Str {
    /// A string literal of the program.
    #[inline]
    pub fn lit(s: &'static str) -> Str {
        Str { text: Text::Literal(s, s.is_ascii()) }
    }

    #[inline]
    fn shared(text: Rc<str>, ascii: bool) -> Str {
        Str { text: Text::Shared(text, ascii) }
    }

    #[inline]
    fn ascii(&self) -> bool {
        match self.text {
            Text::Literal(_, a) | Text::Shared(_, a) => a,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The number of code points.
    pub fn char_len(&self) -> usize {
        if self.ascii() {
            self.text.len()
        } else {
            self.text.chars().count()
        }
    }

    /// `len(s)`.
    pub fn len(&self) -> Int {
        Int::from(self.char_len())
    }

    /// `s[i]`, with negative indexes counting from the end.
    pub fn get(&self, index: &Int) -> PyResult<Str> {
        let n = self.char_len();
        let i = crate::list::normalize_index(index, n, "string index out of range")?;
        if self.ascii() {
            return Ok(Str::from(&self.text[i..i + 1]));
        }
        let c = self.text.chars().nth(i).expect("index checked against the length");
        Ok(Str::from(c.to_string()))
    }

    /// `s[lower:upper:step]`.
    pub fn slice(&self, lower: Option<&Int>, upper: Option<&Int>, step: Option<&Int>) -> PyResult<Str> {
        if self.ascii() && step.is_none() {
            // One byte per code point and one contiguous run: cut the bytes directly.
            let (start, stop) = crate::slice::bounds(self.text.len(), lower, upper);
            return Ok(Str::shared(Rc::from(&self.text[start..stop.max(start)]), true));
        }
        let chars: Vec<char> = self.text.chars().collect();
        let picked = crate::slice::positions(chars.len(), lower, upper, step)?;
        Ok(Str::from(picked.into_iter().map(|i| chars[i]).collect::<String>()))
    }

    /// `s + t`.
    pub fn concat(&self, other: &Str) -> Str {
        let ascii = self.ascii() && other.ascii();
        let (a, b) = (self.text.as_bytes(), other.text.as_bytes());
        let n = a.len() + b.len();
        if n <= SHORT {
            let mut buf = [0u8; SHORT];
            buf[..a.len()].copy_from_slice(a);
            buf[a.len()..n].copy_from_slice(b);
            let joined = std::str::from_utf8(&buf[..n]).expect("two str values concatenate to UTF-8");
            return Str::shared(Rc::from(joined), ascii);
        }
        let mut s = String::with_capacity(n);
        s.push_str(&self.text);
        s.push_str(&other.text);
        Str::shared(Rc::from(s), ascii)
    }

    /// `a + b + c …`: the whole chain built in one allocation.
    pub fn concat_all(parts: &[&Str]) -> Str {
        let n: usize = parts.iter().map(|p| p.text.len()).sum();
        let ascii = parts.iter().all(|p| p.ascii());
        if n <= SHORT {
            let mut buf = [0u8; SHORT];
            let mut at = 0;
            for p in parts {
                let b = p.text.as_bytes();
                buf[at..at + b.len()].copy_from_slice(b);
                at += b.len();
            }
            let joined = std::str::from_utf8(&buf[..n]).expect("str values concatenate to UTF-8");
            return Str::shared(Rc::from(joined), ascii);
        }
        let mut s = String::with_capacity(n);
        for p in parts {
            s.push_str(&p.text);
        }
        Str::shared(Rc::from(s), ascii)
    }

    /// `s * n`: empty for `n <= 0`.
    pub fn repeat(&self, times: &Int) -> PyResult<Str> {
        let n = crate::list::repeat_count(times)?;
        Ok(Str::from(self.text.repeat(n)))
    }

    /// `sep.join(items)`.
    pub fn join(&self, items: &List<Str>) -> Str {
        let parts: Vec<Str> = items.to_vec();
        let mut out = String::new();
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                out.push_str(&self.text);
            }
            out.push_str(&part.text);
        }
        Str::from(out)
    }

    pub fn upper(&self) -> Str {
        Str::from(self.text.to_uppercase())
    }

    pub fn lower(&self) -> Str {
        Str::from(self.text.to_lowercase())
    }

    /// `s.strip()`: removes leading and trailing whitespace as `str.isspace` defines it.
    pub fn strip(&self) -> Str {
        Str::from(self.text.trim_matches(is_space))
    }

    pub fn lstrip(&self) -> Str {
        Str::from(self.text.trim_start_matches(is_space))
    }

    pub fn rstrip(&self) -> Str {
        Str::from(self.text.trim_end_matches(is_space))
    }

    /// `s.strip(chars)`.
    pub fn strip_chars(&self, chars: &Str) -> Str {
        let set: Vec<char> = chars.text.chars().collect();
        Str::from(self.text.trim_matches(|c| set.contains(&c)))
    }

    /// `s.split()`: runs of whitespace separate, leading and trailing whitespace is dropped.
    pub fn split_whitespace(&self) -> List<Str> {
        let parts = self.text.split(is_space).filter(|p| !p.is_empty()).map(Str::from);
        List::from_vec(parts.collect())
    }

    /// `s.split(sep)`.
    pub fn split(&self, sep: &Str) -> PyResult<List<Str>> {
        if sep.text.is_empty() {
            return Err(PyErr::value_error("empty separator"));
        }
        Ok(List::from_vec(self.text.split(&*sep.text).map(Str::from).collect()))
    }

    /// `s.replace(old, new)`; an empty `old` inserts `new` around every code point, as in Python.
    pub fn replace(&self, old: &Str, new: &Str) -> Str {
        Str::from(self.text.replace(&*old.text, &new.text))
    }

    pub fn startswith(&self, prefix: &Str) -> bool {
        self.text.starts_with(&*prefix.text)
    }

    pub fn endswith(&self, suffix: &Str) -> bool {
        self.text.ends_with(&*suffix.text)
    }

    /// `sub in s`.
    pub fn contains(&self, sub: &Str) -> bool {
        self.text.contains(&*sub.text)
    }

    /// `s.find(sub)`: the code-point index of the first match, or -1.
    pub fn find(&self, sub: &Str) -> Int {
        match self.text.find(&*sub.text) {
            Some(byte) => Int::from(self.text[..byte].chars().count()),
            None => Int::from(-1i64),
        }
    }

    /// `s.count(sub)`: non-overlapping matches; an empty `sub` matches between code points.
    pub fn count(&self, sub: &Str) -> Int {
        if sub.text.is_empty() {
            return Int::from(self.char_len() + 1);
        }
        Int::from(self.text.matches(&*sub.text).count())
    }

    /// Iterates the code points as one-character strings (`for c in s`).
    pub fn chars(&self) -> std::vec::IntoIter<Str> {
        let v: Vec<Str> = self.text.chars().map(|c| Str::from(c.to_string())).collect();
        v.into_iter()
    }
}

/// `str.isspace` for one code point: Unicode White_Space plus the ASCII separators
/// U+001C..U+001F, which Python counts and Rust does not.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

impl From<&str> for Str {
    fn from(s: &str) -> Str {
        let ascii = s.is_ascii();
        Str::shared(Rc::from(s), ascii)
    }
}

impl From<String> for Str {
    fn from(s: String) -> Str {
        let ascii = s.is_ascii();
        Str::shared(Rc::from(s), ascii)
    }
}

impl PartialEq for Str {
    #[inline]
    fn eq(&self, other: &Str) -> bool {
        self.text == other.text
    }
}

impl Eq for Str {}

impl PartialOrd for Str {
    fn partial_cmp(&self, other: &Str) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// UTF-8 byte order is code point order, which is how Python compares strings.
impl Ord for Str {
    fn cmp(&self, other: &Str) -> std::cmp::Ordering {
        self.text.cmp(&other.text)
    }
}

impl std::hash::Hash for Str {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.text.hash(state)
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        crate::repr::write_str_repr(&self.text, &mut out);
        f.write_str(&out)
    }
}

impl PyObj for Str {
    fn write_repr(&self, out: &mut String) -> PyResult<()> {
        crate::repr::write_str_repr(&self.text, out);
        Ok(())
    }

    fn write_str(&self, out: &mut String) -> PyResult<()> {
        out.push_str(&self.text);
        Ok(())
    }

    fn truthy(&self) -> bool {
        !self.text.is_empty()
    }
}
