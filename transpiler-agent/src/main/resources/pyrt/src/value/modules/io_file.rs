//! The byte layer of a file `open()` returns, as CPython's `FileIO` under a `BufferedReader`,
//! `BufferedWriter` or `BufferedRandom` behaves: writes wait in a buffer of the file system's
//! block size (what CPython picks: `st_blksize`, 4096 where the target cannot ask) until it
//! would overflow, a flush, a seek, a read or `close`; a write larger than the buffer goes
//! straight to the file. So a file written and not yet flushed reads back as short as it does
//! in CPython. A file is flushed and closed when its last reference goes (CPython's reference
//! counting closes `open(p, 'w').write(s)` at once) and at program exit.

use crate::exc::{PyErr, PyResult};
use crate::value::Value;
use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::Rc;

/// What CPython's `io.DEFAULT_BUFFER_SIZE` is, and `TextIOWrapper`'s chunk size.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// What a file object reads and writes: a file on disk, or the process's standard input
/// (`open(0)`), which reads from where `sys.stdin`'s buffer has left the stream and, with
/// `closefd`, closes file descriptor 0 for every reader when it closes, as in CPython.
pub enum Handle {
    Disk(File),
    Stdin { closefd: bool },
}

impl Handle {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Handle::Disk(f) => f.read(buf),
            Handle::Stdin { .. } => std::io::stdin().lock().read(buf),
        }
    }
}

pub struct RawFile {
    /// `None` once closed.
    file: Option<Handle>,
    /// The path as given, for error messages.
    pub name: Value,
    pub readable: bool,
    pub writable: bool,
    /// Bytes written and not yet passed to the file.
    wbuf: Vec<u8>,
    pub bufsize: usize,
    /// Bytes read ahead of the reader's position, from `rstart` on.
    rbuf: Vec<u8>,
    rstart: usize,
}

/// An open file: the byte layer, and the text layer over it for a text-mode file.
pub struct FileObj {
    pub raw: RawFile,
    pub text: Option<super::io_text::TextState>,
}

impl FileObj {
    /// Text not yet encoded into the byte layer goes there, then the byte layer's buffer to
    /// the file.
    pub fn flush(&mut self) -> PyResult<()> {
        if let Some(t) = &mut self.text {
            t.write_flush(&mut self.raw)?;
        }
        self.raw.flush()
    }

    pub fn close(&mut self) -> PyResult<()> {
        if self.raw.closed() {
            return Ok(());
        }
        let flushed = match &mut self.text {
            Some(t) => t.write_flush(&mut self.raw),
            None => Ok(()),
        };
        let closed = self.raw.close();
        flushed.and(closed)
    }
}

impl Drop for FileObj {
    fn drop(&mut self) {
        let _ = self.close();
    }
}

thread_local! {
    /// Every open file object, by id: exit flushes those still open. A file object's
    /// Python instance holds a [`Keeper`] of its id, which frees the slot (and so closes the
    /// file) when the instance goes.
    static FILES: RefCell<Vec<Option<Rc<RefCell<FileObj>>>>> = RefCell::new(Vec::new());
    static FREE: RefCell<Vec<usize>> = RefCell::new(Vec::new());
}

/// Dropped with the Python object: its file closes as CPython's refcounting closes it.
pub struct Keeper(pub usize);

impl Drop for Keeper {
    fn drop(&mut self) {
        // At thread exit the tables may be gone already; the file then closes with them.
        let gone = FILES.try_with(|f| f.borrow_mut().get_mut(self.0).and_then(|slot| slot.take()));
        drop(gone);
        let _ = FREE.try_with(|f| f.borrow_mut().push(self.0));
    }
}

/// Registers a file object; its id and the keeper the Python object holds.
pub fn register(obj: FileObj) -> (usize, Keeper) {
    let obj = Some(Rc::new(RefCell::new(obj)));
    let id = match FREE.with(|f| f.borrow_mut().pop()) {
        Some(id) => {
            FILES.with(|f| f.borrow_mut()[id] = obj);
            id
        }
        None => FILES.with(|f| {
            let mut f = f.borrow_mut();
            f.push(obj);
            f.len() - 1
        }),
    };
    (id, Keeper(id))
}

/// The file object `id`.
pub fn get(id: usize) -> PyResult<Rc<RefCell<FileObj>>> {
    FILES
        .with(|f| f.borrow().get(id).cloned().flatten())
        .ok_or_else(|| PyErr::value_error("I/O operation on uninitialized object"))
}

impl RawFile {
    pub fn new(file: Handle, name: Value, readable: bool, writable: bool, bufsize: usize) -> RawFile {
        RawFile { file: Some(file), name, readable, writable, wbuf: Vec::new(), bufsize, rbuf: Vec::new(), rstart: 0 }
    }

    pub fn is_stdin(&self) -> bool {
        matches!(self.file, Some(Handle::Stdin { .. }))
    }

    pub fn closed(&self) -> bool {
        self.file.is_none()
    }

    fn handle(&mut self) -> PyResult<&mut Handle> {
        self.file.as_mut().ok_or_else(|| PyErr::value_error("I/O operation on closed file."))
    }

    /// The file on disk; standard input is not seekable in a pipe and is in a redirected
    /// file, which a translation cannot tell apart.
    fn file(&mut self) -> PyResult<&mut File> {
        match self.handle()? {
            Handle::Disk(f) => Ok(f),
            Handle::Stdin { .. } => Err(PyErr::untranslatable("seeking, telling or writing on standard input opened by open(0)")),
        }
    }

    fn io<T>(&self, r: std::io::Result<T>) -> PyResult<T> {
        r.map_err(|e| super::os_fs::os_error(&e, &self.name, None))
    }

    /// Passes buffered writes to the file.
    pub fn flush(&mut self) -> PyResult<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        let r = self.file()?.write_all(&data);
        self.io(r)
    }

    /// Forgets read-ahead, moving the file back to the reader's position.
    fn drop_read_ahead(&mut self) -> PyResult<()> {
        let ahead = (self.rbuf.len() - self.rstart) as i64;
        self.rbuf.clear();
        self.rstart = 0;
        if ahead > 0 {
            let r = self.file()?.seek(SeekFrom::Current(-ahead));
            self.io(r)?;
        }
        Ok(())
    }

    /// `BufferedWriter.write`: into the buffer while it fits; else the buffer goes out, and
    /// data larger than the buffer goes straight to the file.
    pub fn write(&mut self, data: &[u8]) -> PyResult<()> {
        self.file()?;
        self.drop_read_ahead()?;
        if self.wbuf.len() + data.len() <= self.bufsize {
            self.wbuf.extend_from_slice(data);
            return Ok(());
        }
        self.flush()?;
        if data.len() > self.bufsize {
            let r = self.file()?.write_all(data);
            return self.io(r);
        }
        self.wbuf.extend_from_slice(data);
        Ok(())
    }

    /// Reads one more buffer's worth; false at end of file.
    fn fill(&mut self, want: usize) -> PyResult<bool> {
        self.flush()?;
        if self.rstart > 0 {
            self.rbuf.drain(..self.rstart);
            self.rstart = 0;
        }
        let old = self.rbuf.len();
        self.rbuf.resize(old + want.max(self.bufsize), 0);
        if self.is_stdin() && super::io_::stdin_fd_closed() {
            self.rbuf.truncate(old);
            return Err(super::io_::bad_fd());
        }
        let r = loop {
            match self.file.as_mut().map(|f| f.read(&mut self.rbuf[old..])) {
                Some(Err(e)) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Some(r) => break r,
                None => break Ok(0),
            }
        };
        let n = match r {
            Ok(n) => n,
            Err(e) => {
                self.rbuf.truncate(old);
                return Err(super::os_fs::os_error(&e, &self.name, None));
            }
        };
        self.rbuf.truncate(old + n);
        Ok(n > 0)
    }

    /// Up to `n` bytes (all the rest when `None`).
    pub fn read(&mut self, n: Option<usize>) -> PyResult<Vec<u8>> {
        self.handle()?;
        loop {
            let have = self.rbuf.len() - self.rstart;
            if matches!(n, Some(n) if have >= n) {
                break;
            }
            let want = n.map_or(DEFAULT_BUFFER_SIZE, |n| n - have);
            if !self.fill(want)? {
                break;
            }
        }
        let have = self.rbuf.len() - self.rstart;
        let take = n.map_or(have, |n| n.min(have));
        let out = self.rbuf[self.rstart..self.rstart + take].to_vec();
        self.rstart += take;
        Ok(out)
    }

    /// `read1(n)`: what is read ahead, else one read of the file, so a reader of a terminal
    /// gets a line as soon as it is typed.
    pub fn read1(&mut self, n: usize) -> PyResult<Vec<u8>> {
        self.handle()?;
        if self.rstart == self.rbuf.len() {
            self.fill(n)?;
        }
        let take = n.min(self.rbuf.len() - self.rstart);
        let out = self.rbuf[self.rstart..self.rstart + take].to_vec();
        self.rstart += take;
        Ok(out)
    }

    /// Bytes up to and including the first `\n`, at most `limit` of them.
    pub fn read_line(&mut self, limit: Option<usize>) -> PyResult<Vec<u8>> {
        self.handle()?;
        let mut scanned = 0;
        loop {
            let pending = &self.rbuf[self.rstart..];
            let found = pending[scanned..].iter().position(|&b| b == b'\n').map(|i| scanned + i + 1);
            let end = match (found, limit) {
                (Some(f), Some(l)) => Some(f.min(l)),
                (Some(f), None) => Some(f),
                (None, Some(l)) if pending.len() >= l => Some(l),
                _ => None,
            };
            if let Some(end) = end {
                let out = pending[..end].to_vec();
                self.rstart += end;
                return Ok(out);
            }
            scanned = pending.len();
            if !self.fill(DEFAULT_BUFFER_SIZE)? {
                let out = self.rbuf[self.rstart..].to_vec();
                self.rstart = self.rbuf.len();
                return Ok(out);
            }
        }
    }

    /// The position a reader or writer sees.
    pub fn tell(&mut self) -> PyResult<u64> {
        let r = self.file()?.stream_position();
        let at = self.io(r)?;
        Ok(at + self.wbuf.len() as u64 - (self.rbuf.len() - self.rstart) as u64)
    }

    pub fn seek(&mut self, to: SeekFrom) -> PyResult<u64> {
        self.flush()?;
        let to = match to {
            SeekFrom::Current(d) => SeekFrom::Current(d - (self.rbuf.len() - self.rstart) as i64),
            other => other,
        };
        self.rbuf.clear();
        self.rstart = 0;
        let r = self.file()?.seek(to);
        self.io(r)
    }

    /// `truncate(size)`: the file's length becomes `size`; the position stays.
    pub fn truncate(&mut self, size: u64) -> PyResult<u64> {
        self.flush()?;
        self.drop_read_ahead()?;
        let r = self.file()?.set_len(size);
        self.io(r)?;
        Ok(size)
    }

    /// Flushes, then closes; closing again does nothing. The file is closed even when the
    /// flush fails, whose error is raised.
    pub fn close(&mut self) -> PyResult<()> {
        if self.file.is_none() {
            return Ok(());
        }
        let flushed = self.flush();
        if let Some(Handle::Stdin { closefd: true }) = self.file {
            super::io_::close_stdin_fd();
        }
        self.file = None;
        flushed
    }
}

/// At interpreter shutdown CPython flushes and closes every file still open.
pub fn close_all() {
    let open: Vec<Rc<RefCell<FileObj>>> =
        FILES.try_with(|f| f.borrow().iter().flatten().cloned().collect()).unwrap_or_default();
    for f in open {
        if let Ok(mut f) = f.try_borrow_mut() {
            let _ = f.close();
        }
    }
}

/// The buffer size CPython's `open` picks: `st_blksize` when the file system tells it.
pub fn block_size(file: &Handle) -> usize {
    let file = match file {
        Handle::Disk(f) => f,
        Handle::Stdin { .. } => return DEFAULT_BUFFER_SIZE,
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(m) = file.metadata() {
            if m.blksize() > 1 {
                return m.blksize() as usize;
            }
        }
    }
    let _ = file;
    4096
}
