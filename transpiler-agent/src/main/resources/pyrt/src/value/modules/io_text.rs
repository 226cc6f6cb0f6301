//! The text layer of a file, as CPython's `TextIOWrapper` (Modules/_io/textio.c) behaves:
//! writes are encoded and wait until 8192 bytes are pending (then go to the byte layer's
//! buffer), or a line ends under line buffering; reads decode chunks of 8192 bytes (`read()`
//! all the rest at once), with universal newlines (`newline=None`: `\r\n` and `\r` read as
//! `\n`) or lines split as `newline=` says. `tell()` is the byte offset CPython's cookie is
//! while no decoder state is pending; where text was translated ahead of the position the
//! offset cannot be known from the text, so `tell()` refuses rather than answer another number.

use super::io_file::{RawFile, DEFAULT_BUFFER_SIZE};
use crate::exc::{PyErr, PyResult};
use crate::value::methods::codec::{self, Codec};

pub struct TextState {
    pub codec: Codec,
    /// `None`: universal newlines.
    pub newline: Option<String>,
    pub line_buffering: bool,
    /// Encoded text not yet passed to the byte layer.
    pending: Vec<u8>,
    /// Decoded text read ahead; `decoded[dpos..]` is not consumed yet.
    decoded: String,
    dpos: usize,
    /// The start of a character split across chunks.
    undecoded: Vec<u8>,
    /// A `\r` held back at the end of a chunk, until the next tells whether `\n` follows.
    pending_cr: bool,
    /// Whether `decoded` holds text whose newlines were translated.
    translated: bool,
    /// `False` while iterating by line (CPython: "telling position disabled by next() call").
    pub telling: bool,
    eof: bool,
    /// Bytes per character of the last chunk, which sizes the chunks `read(n)` asks for.
    b2cratio: f64,
}

/// How much the next chunk should hold.
#[derive(Clone, Copy)]
enum Want {
    /// The default chunk (`readline`).
    Chunk,
    /// Enough for this many more characters, as the last chunk's bytes per character tell.
    Chars(usize),
    /// All the rest (`read()`).
    Rest,
}

impl TextState {
    pub fn new(codec: Codec, newline: Option<String>, line_buffering: bool) -> TextState {
        TextState {
            codec, newline, line_buffering, pending: Vec::new(), decoded: String::new(), dpos: 0,
            undecoded: Vec::new(), pending_cr: false, translated: false, telling: true, eof: false,
            b2cratio: 0.0,
        }
    }

    /// Pending text goes to the byte layer's buffer.
    pub fn write_flush(&mut self, raw: &mut RawFile) -> PyResult<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.pending);
        raw.write(&data)
    }

    /// `write(s)`: the number of characters written.
    pub fn write(&mut self, raw: &mut RawFile, s: &str) -> PyResult<usize> {
        if self.has_read_ahead() {
            let at = self.position(raw)?;
            raw.seek(std::io::SeekFrom::Start(at))?;
            self.reset();
        }
        let text = match self.newline.as_deref() {
            Some(nl @ "\r") | Some(nl @ "\r\n") if s.contains('\n') => s.replace('\n', nl),
            _ => s.to_string(),
        };
        let bytes = codec::encode(&text, self.codec, "strict")?;
        let needflush = self.line_buffering && (s.contains('\n') || s.contains('\r'));
        if self.pending.len() + bytes.len() > DEFAULT_BUFFER_SIZE {
            self.write_flush(raw)?;
        }
        self.pending.extend_from_slice(&bytes);
        if self.pending.len() >= DEFAULT_BUFFER_SIZE || needflush {
            self.write_flush(raw)?;
            if needflush {
                raw.flush()?;
            }
        }
        Ok(s.chars().count())
    }

    fn has_read_ahead(&self) -> bool {
        self.dpos < self.decoded.len() || !self.undecoded.is_empty() || self.pending_cr
    }

    /// Forgets what was read ahead (after a seek).
    pub fn reset(&mut self) {
        self.decoded.clear();
        self.dpos = 0;
        self.undecoded.clear();
        self.pending_cr = false;
        self.translated = false;
        self.telling = true;
        self.eof = false;
    }

    /// The byte offset of the text position (`tell()`).
    pub fn position(&mut self, raw: &mut RawFile) -> PyResult<u64> {
        self.write_flush(raw)?;
        let at = raw.tell()?;
        let rest = &self.decoded[self.dpos..];
        if self.translated && !rest.is_empty() {
            return Err(PyErr::untranslatable(
                "tell() on a text file whose newlines were translated ahead of the position",
            ));
        }
        let rest_bytes = match self.codec {
            Codec::Utf8 => rest.len(),
            _ => rest.chars().count(),
        };
        Ok(at - (rest_bytes + self.undecoded.len() + self.pending_cr as usize) as u64)
    }

    /// Decodes one more chunk, sized as CPython's `TextIOWrapper` sizes it (which decides the
    /// positions a decoding error names); false at end of file. A decoding error loses the
    /// text read ahead, as in CPython, where the caller had already taken it.
    fn fill(&mut self, raw: &mut RawFile, want: Want) -> PyResult<bool> {
        if self.eof {
            return Ok(false);
        }
        self.write_flush(raw)?;
        if self.dpos > 0 {
            self.decoded.drain(..self.dpos);
            self.dpos = 0;
            if self.decoded.is_empty() {
                self.translated = false;
            }
        }
        let size = match want {
            Want::Rest => None,
            Want::Chunk => Some(DEFAULT_BUFFER_SIZE),
            Want::Chars(n) => Some(DEFAULT_BUFFER_SIZE.max((self.b2cratio.max(1.0) * n as f64) as usize)),
        };
        let chunk = raw.read(size)?;
        let last = size.is_none() || chunk.is_empty();
        let mut text = match codec::decode_chunk(&mut self.undecoded, &chunk, self.codec, last) {
            Ok(text) => text,
            Err(e) => {
                self.dpos = self.decoded.len();
                return Err(e);
            }
        };
        if self.pending_cr {
            text.insert(0, '\r');
            self.pending_cr = false;
        }
        if self.newline.is_none() {
            if !last && text.ends_with('\r') {
                text.pop();
                self.pending_cr = true;
            }
            if text.contains('\r') {
                self.translated = true;
                text = text.replace("\r\n", "\n").replace('\r', "\n");
            }
        }
        let chars = text.chars().count();
        self.b2cratio = if chars > 0 { chunk.len() as f64 / chars as f64 } else { 0.0 };
        self.decoded.push_str(&text);
        self.eof = last;
        Ok(!last)
    }

    fn rest(&self) -> &str {
        &self.decoded[self.dpos..]
    }

    /// Consumes `bytes` bytes of the decoded text.
    fn take(&mut self, bytes: usize) -> String {
        let s = self.decoded[self.dpos..self.dpos + bytes].to_string();
        self.dpos += bytes;
        s
    }

    /// The byte length of the first `n` characters of `rest`, or how many characters it has
    /// when fewer.
    fn prefix(&self, n: usize) -> Result<usize, usize> {
        let mut count = 0;
        for (i, _) in self.rest().char_indices() {
            if count == n {
                return Ok(i);
            }
            count += 1;
        }
        if count == n { Ok(self.rest().len()) } else { Err(count) }
    }

    /// `read(size)`: `size` characters, all the rest when `None`.
    pub fn read(&mut self, raw: &mut RawFile, size: Option<usize>) -> PyResult<String> {
        loop {
            let want = match size.map(|n| (n, self.prefix(n))) {
                Some((_, Ok(b))) => return Ok(self.take(b)),
                Some((n, Err(have))) => Want::Chars(n - have),
                None => Want::Rest,
            };
            if !self.fill(raw, want)? {
                let n = self.rest().len();
                return Ok(self.take(n));
            }
        }
    }

    /// Where the first line of `rest` ends (after its terminator), if it is complete.
    fn line_end(&self) -> Option<usize> {
        let rest = self.rest();
        match self.newline.as_deref() {
            None | Some("\n") => rest.find('\n').map(|i| i + 1),
            Some("") => {
                let i = rest.find(|c| c == '\r' || c == '\n')?;
                if rest.as_bytes()[i] == b'\n' {
                    Some(i + 1)
                } else if i + 1 < rest.len() {
                    Some(if rest.as_bytes()[i + 1] == b'\n' { i + 2 } else { i + 1 })
                } else if self.eof {
                    Some(i + 1)
                } else {
                    None
                }
            }
            Some(nl) => rest.find(nl).map(|i| i + nl.len()),
        }
    }

    /// `readline(size)`: the next line with its terminator, at most `size` characters.
    pub fn readline(&mut self, raw: &mut RawFile, limit: Option<usize>) -> PyResult<String> {
        loop {
            let end = self.line_end();
            if let Some(max) = limit {
                if let Ok(b) = self.prefix(max) {
                    return Ok(self.take(end.map_or(b, |e| e.min(b))));
                }
            }
            if let Some(end) = end {
                return Ok(self.take(end));
            }
            if !self.fill(raw, Want::Chunk)? {
                if let Some(end) = self.line_end() {
                    return Ok(self.take(end));
                }
                let n = self.rest().len();
                return Ok(self.take(n));
            }
        }
    }
}
