//! The library ABI: how a host calls the functions of a module translated with `--lib`
//! (docs/ABI.md). Arguments and results cross as JSON text in the guest's linear memory:
//! the host asks for an input buffer (`portalis_alloc`), writes the arguments there, calls
//! `portalis_call(index, len)`, and reads the answer from `portalis_output_ptr/len`.
//!
//! The exported `extern "C"` functions live in the generated crate (pyrt forbids the
//! `no_mangle` they need); each is a one-line call into this module.

pub mod decode;
pub mod encode;
pub mod shape;

use crate::exc::{PyErr, PyResult};
use crate::value::Value;
use shape::Shape;
use std::cell::RefCell;
use std::rc::Rc;

/// The ABI's version, which `portalis_abi_version` returns. A host refuses other versions.
pub const VERSION: i32 = 1;

/// `portalis_call`'s status: the output holds the result's JSON.
pub const OK: i32 = 0;
/// The function raised: the output holds `{"type": …, "message": …}`.
pub const RAISED: i32 = 1;
/// The host broke the protocol (malformed JSON, unknown function index): same shape as
/// `RAISED`, with the type `PortalisAbiError`.
pub const ABI_ERROR: i32 = 2;

/// One exported function: its module-level name and parameters with their annotations.
pub struct Export {
    pub name: &'static str,
    pub global: crate::value::globals::Global,
    pub params: Vec<(&'static str, Shape, &'static str)>,
    pub returns: &'static str,
}

/// What a generated library crate describes about itself (its `library()` function).
pub struct Library {
    pub module: &'static str,
    pub file: &'static str,
    pub body: fn() -> PyResult<()>,
    pub exports: Vec<Export>,
    /// Module-level classes by name, for annotations that name them.
    pub classes: Vec<(&'static str, crate::value::globals::Global)>,
}

impl Library {
    pub fn new(module: &'static str, file: &'static str, body: fn() -> PyResult<()>) -> Library {
        Library { module, file, body, exports: Vec::new(), classes: Vec::new() }
    }

    /// Adds exported function `name`, read from `global` when called.
    pub fn function(mut self, name: &'static str, global: crate::value::globals::Global, returns: &'static str) -> Library {
        self.exports.push(Export { name, global, params: Vec::new(), returns });
        self
    }

    /// Adds a parameter to the last function added; `annotation` is its source text (or "").
    pub fn param(mut self, name: &'static str, annotation: &'static str) -> Library {
        if let Some(last) = self.exports.last_mut() {
            last.params.push((name, Shape::parse(annotation), annotation));
        }
        self
    }

    /// Names a module-level class that annotations may refer to.
    pub fn class(mut self, name: &'static str, global: crate::value::globals::Global) -> Library {
        self.classes.push((name, global));
        self
    }
}

struct State {
    library: Rc<Library>,
    /// The module body's outcome: an error is every call's answer.
    init: Result<(), PyErr>,
}

thread_local! {
    static INPUT: RefCell<Vec<u8>> = RefCell::new(Vec::new());
    /// The last answer; kept between calls so its allocation is reused.
    static OUTPUT: RefCell<String> = RefCell::new(String::new());
    static STATE: RefCell<Option<Rc<State>>> = RefCell::new(None);
}

/// `portalis_alloc(len)`: an input buffer of `len` bytes for the host to fill; its address.
/// Valid until the next `portalis_alloc`.
pub fn alloc(len: i32) -> i32 {
    INPUT.with(|b| {
        let mut b = b.borrow_mut();
        b.clear();
        b.resize(len.max(0) as usize, 0);
        b.as_mut_ptr() as usize as i32
    })
}

/// `portalis_output_ptr()`: the address of the last answer.
pub fn output_ptr() -> i32 {
    OUTPUT.with(|b| b.borrow().as_ptr() as usize as i32)
}

/// `portalis_output_len()`: the length of the last answer in bytes.
pub fn output_len() -> i32 {
    OUTPUT.with(|b| b.borrow().len() as i32)
}

fn set_output(text: String) {
    OUTPUT.with(|b| *b.borrow_mut() = text);
}

/// Runs the module body once (imports, constants, classes, defs), the first time it is needed.
fn state(library: fn() -> Library) -> Rc<State> {
    if let Some(s) = STATE.with(|s| s.borrow().clone()) {
        return s;
    }
    let library = Rc::new(library());
    crate::value::modules::sys::set_script(library.file);
    let init = (library.body)();
    crate::io::flush();
    let s = Rc::new(State { library, init });
    STATE.with(|slot| *slot.borrow_mut() = Some(s.clone()));
    s
}

/// `portalis_init()`: runs the module body; `OK`, or `RAISED` with the error as output.
pub fn init(library: fn() -> Library) -> i32 {
    let s = state(library);
    match &s.init {
        Ok(()) => {
            set_output(String::new());
            OK
        }
        Err(e) => answer_error(RAISED, e),
    }
}

/// `portalis_describe()`: the library's exports as JSON (always `OK`).
pub fn describe(library: fn() -> Library) -> i32 {
    let s = state(library);
    let lib = &s.library;
    let mut out = String::new();
    out.push_str("{\"abi\":");
    out.push_str(&VERSION.to_string());
    out.push_str(",\"module\":");
    encode::string(lib.module, &mut out);
    out.push_str(",\"functions\":[");
    for (i, f) in lib.exports.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"name\":");
        encode::string(f.name, &mut out);
        out.push_str(",\"params\":[");
        for (j, (name, _, annotation)) in f.params.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str("{\"name\":");
            encode::string(name, &mut out);
            out.push_str(",\"annotation\":");
            encode::string(annotation, &mut out);
            out.push('}');
        }
        out.push_str("],\"returns\":");
        encode::string(f.returns, &mut out);
        out.push('}');
    }
    out.push_str("]}");
    set_output(out);
    OK
}

/// The largest answer `portalis_call` can describe in its packed result (29 bits of length).
pub const MAX_OUTPUT: usize = (1 << 29) - 1;

/// `portalis_call(index, len)`: calls export `index` with the JSON array of arguments in the
/// first `len` bytes of the input buffer. The answer's address, length and status packed in one
/// `i64`, so that a call is one crossing: bits 0-31 the address, 32-60 the length, 61-63 the
/// status (docs/ABI.md).
pub fn call(library: fn() -> Library, index: i32, len: i32) -> i64 {
    let mut status = call_status(library, index, len);
    if output_len() as usize > MAX_OUTPUT {
        status = abi_error("the result is larger than 512 MiB");
    }
    let ptr = output_ptr() as u32 as i64;
    ptr | ((output_len() as i64) << 32) | ((status as i64) << 61)
}

fn call_status(library: fn() -> Library, index: i32, len: i32) -> i32 {
    let s = state(library);
    if let Err(e) = &s.init {
        return answer_error(RAISED, e);
    }
    let export = match s.library.exports.get(index.max(0) as usize) {
        Some(f) if index >= 0 => f,
        _ => return abi_error(&format!("no exported function has index {}", index)),
    };
    let args = INPUT.with(|b| {
        let b = b.borrow();
        let n = (len.max(0) as usize).min(b.len());
        decode::arguments(&b[..n])
    });
    let args = match args {
        Ok(a) => a,
        Err(message) => return abi_error(&message),
    };
    let outcome = invoke(&s.library, export, args);
    crate::io::flush();
    let encoded = outcome.and_then(|v| OUTPUT.with(|b| encode::to_json_into(&v, &mut b.borrow_mut())));
    match encoded {
        Ok(()) => OK,
        Err(e) => answer_error(RAISED, &e),
    }
}

fn invoke(library: &Library, export: &Export, mut args: Vec<Value>) -> PyResult<Value> {
    let function = export.global.get()?;
    for (i, arg) in args.iter_mut().enumerate() {
        match export.params.get(i) {
            Some((_, Shape::Any, _)) | None => {}
            Some((_, shape, _)) => {
                let decoded = std::mem::replace(arg, Value::None);
                *arg = shape.convert(decoded, library)?;
            }
        }
    }
    crate::value::func::call(&function, args, Vec::new())
}

fn abi_error(message: &str) -> i32 {
    answer_error(ABI_ERROR, &PyErr::new("PortalisAbiError", message))
}

/// Writes `{"type": …, "message": …}` for `err`: the type is the exception class's
/// `__name__`, the message `str(exc)`.
fn answer_error(status: i32, err: &PyErr) -> i32 {
    let type_name = match err.instance() {
        Some(v) => crate::value::class::type_of(v).name.to_string(),
        None => err.type_name.rsplit('.').next().unwrap_or(&err.type_name).to_string(),
    };
    let mut out = String::from("{\"type\":");
    encode::string(&type_name, &mut out);
    out.push_str(",\"message\":");
    encode::string(&err.message, &mut out);
    out.push('}');
    set_output(out);
    status
}
