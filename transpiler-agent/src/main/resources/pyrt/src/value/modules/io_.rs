//! The `io` module (`StringIO` and `BytesIO`, in stringio.rs and bytesio.rs) and the text layer
//! over the process's standard input that `sys.stdin` and `input()` share.

use crate::exc::{PyErr, PyResult};
use crate::value::methods::codec::{decode_chunk, Codec};
use crate::value::{Module, Value};
use std::cell::{Cell, RefCell};

pub fn build() -> Module {
    let mut members = vec![
        ("StringIO", Value::Class(super::stringio::class())),
        ("BytesIO", Value::Class(super::bytesio::class())),
        ("UnsupportedOperation", Value::Class(super::stringio::unsupported_operation())),
        ("SEEK_SET", Value::int(0)),
        ("SEEK_CUR", Value::int(1)),
        ("SEEK_END", Value::int(2)),
    ];
    members.extend(super::io_file_class::io_members());
    super::args::module("io", members)
}

/// Standard input as `sys.stdin` decodes it on POSIX: UTF-8, lines ending at `\n` (CPython
/// opens it with `newline='\n'`, so `\r` stays as it is). `input()` and `sys.stdin` share this
/// one buffer, so mixing them consumes lines in order, as in CPython.
struct StdinText {
    /// Decoded text not yet consumed, from `start` on.
    text: String,
    start: usize,
    /// Bytes read but not decoded yet (a UTF-8 character cut by the end of a chunk).
    raw: Vec<u8>,
    eof: bool,
}

thread_local! {
    static STDIN: RefCell<StdinText> = RefCell::new(StdinText { text: String::new(), start: 0, raw: Vec::new(), eof: false });
    /// The file id of `sys.stdin.buffer`, the byte layer under `sys.stdin` and `input()`.
    static BUFFER: Cell<Option<usize>> = Cell::new(None);
    /// Whether a file object of `open(0)` has closed file descriptor 0.
    static FD0_CLOSED: Cell<bool> = Cell::new(false);
}

/// `sys.stdin.buffer`: a `BufferedReader` named `<stdin>` (made once, by `sys`).
pub fn stdin_buffer_object() -> Value {
    let raw = super::io_file::RawFile::new(
        super::io_file::Handle::Stdin { closefd: true },
        Value::str("<stdin>"),
        true,
        false,
        super::io_file::DEFAULT_BUFFER_SIZE,
    );
    let (id, keeper) = super::io_file::register(super::io_file::FileObj { raw, text: None });
    BUFFER.with(|b| b.set(Some(id)));
    super::io_file_class::binary_object("BufferedReader", id, keeper, &Value::str("<stdin>"), "rb")
}

fn stdin_buffer_id() -> PyResult<usize> {
    if let Some(id) = BUFFER.with(|b| b.get()) {
        return Ok(id);
    }
    super::import_module("sys")?;
    BUFFER.with(|b| b.get()).ok_or_else(|| PyErr::new("RuntimeError", "sys.stdin has no buffer"))
}

pub fn close_stdin_fd() {
    FD0_CLOSED.with(|c| c.set(true));
}

pub fn stdin_fd_closed() -> bool {
    FD0_CLOSED.with(|c| c.get())
}

/// What reading a closed file descriptor raises.
pub fn bad_fd() -> PyErr {
    let cls = crate::value::exception::exception_class("OSError").expect("OSError exists");
    let exc = crate::value::exception::exception_instance(&cls, vec![Value::int(9), Value::str("Bad file descriptor")]);
    crate::value::exception::error_of(exc)
}

impl StdinText {
    fn pending(&self) -> &str {
        &self.text[self.start..]
    }

    /// Decodes one more chunk of 8192 bytes from the process's stdin, or all the rest when
    /// `whole` (as CPython's `read()` does, which decides the positions a decoding error
    /// names); false at end of input.
    fn fill(&mut self, whole: bool) -> PyResult<bool> {
        // CPython asks the descriptor again even after end of input.
        if stdin_fd_closed() {
            return Err(bad_fd());
        }
        if self.eof {
            return Ok(false);
        }
        if self.start > 0 && self.start == self.text.len() {
            self.text.clear();
            self.start = 0;
        }
        // The text layer reads through `sys.stdin.buffer`, so a program mixing the two sees the
        // bytes in CPython's order.
        let buffer = super::io_file::get(stdin_buffer_id()?)?;
        let chunk = {
            let mut b = buffer.borrow_mut();
            if whole { b.raw.read(None)? } else { b.raw.read1(super::io_file::DEFAULT_BUFFER_SIZE)? }
        };
        let n = chunk.len();
        self.eof = whole || n == 0;
        let text = decode_chunk(&mut self.raw, &chunk, Codec::Utf8, self.eof)?;
        self.text.push_str(&text);
        Ok(!self.eof)
    }

    fn take(&mut self, bytes: usize) -> String {
        let s = self.text[self.start..self.start + bytes].to_string();
        self.start += bytes;
        s
    }

    /// The byte length of the first `chars` characters of the pending text, if it has them.
    fn chars_len(&self, chars: usize) -> Option<usize> {
        if chars == 0 {
            return Some(0);
        }
        self.pending().char_indices().nth(chars).map(|(i, _)| i).or_else(|| {
            if self.pending().chars().count() == chars { Some(self.pending().len()) } else { None }
        })
    }
}

/// `sys.stdin.readline(limit)`: the next line with its `\n`, `""` at end of input.
pub fn stdin_readline(limit: Option<usize>) -> PyResult<String> {
    STDIN.with(|s| {
        let mut s = s.borrow_mut();
        loop {
            let found = s.pending().find('\n').map(|i| i + 1);
            if let Some(max) = limit {
                if let Some(b) = s.chars_len(max) {
                    let end = match found {
                        Some(f) if f < b => f,
                        _ => b,
                    };
                    return Ok(s.take(end));
                }
            }
            if let Some(end) = found {
                return Ok(s.take(end));
            }
            if !s.fill(false)? {
                let n = s.pending().len();
                return Ok(s.take(n));
            }
        }
    })
}

/// `sys.stdin.read(size)`: `size` characters (all the rest when `None`), fewer at end.
pub fn stdin_read(size: Option<usize>) -> PyResult<String> {
    STDIN.with(|s| {
        let mut s = s.borrow_mut();
        loop {
            if let Some(n) = size {
                if let Some(b) = s.chars_len(n) {
                    return Ok(s.take(b));
                }
            }
            if !s.fill(size.is_none())? {
                let n = s.pending().len();
                return Ok(s.take(n));
            }
        }
    })
}
