//! Python's `print`, writing to a buffered standard output.
//!
//! CPython buffers stdout when it is not a terminal; so do we, with one buffer for the whole
//! program that is flushed at exit and before anything goes to stderr, so that output and
//! tracebacks keep their order.

use crate::exc::PyResult;
use crate::obj::PyObj;
use std::cell::RefCell;
use std::io::{BufWriter, Stdout, Write};

thread_local! {
    static OUT: RefCell<BufWriter<Stdout>> =
        RefCell::new(BufWriter::with_capacity(1 << 16, std::io::stdout()));
}

/// `print(*args, sep=sep, end=end)`. Nothing is written when an argument's `str()` fails,
/// as in CPython, which converts every argument before writing.
pub fn print(args: &[&dyn PyObj], sep: &str, end: &str) -> PyResult<()> {
    let mut line = String::new();
    for (i, arg) in args.iter().enumerate() {
        if i > 0 {
            line.push_str(sep);
        }
        arg.write_str(&mut line)?;
    }
    line.push_str(end);
    write_stdout(&line);
    Ok(())
}

/// Writes text to the buffered stdout. A closed pipe is ignored, as output is best effort.
pub fn write_stdout(text: &str) {
    OUT.with(|out| {
        let _ = out.borrow_mut().write_all(text.as_bytes());
    });
}

/// Flushes the buffered stdout (at exit, and before writing to stderr).
pub fn flush() {
    OUT.with(|out| {
        let _ = out.borrow_mut().flush();
    });
}
