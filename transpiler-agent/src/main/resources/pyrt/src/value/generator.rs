//! Generator objects (Language Reference 6.2.9.1, "Generator-iterator methods"): `__next__`,
//! `send`, `throw`, `close`, and the `close()` CPython runs when a suspended generator is freed.
//! The transpiler turns a generator function's body into a resume function (see the Java class
//! `GeneratorRewrite`): `resume(mode, arg)` runs to the next `yield` and returns its value; mode
//! 0 sends `arg`, mode 1 raises it at the `yield`. It returns the list `done` itself to ask to be
//! resumed at once (a jump its dispatch could not make), and `(done, value)` when the body
//! returned `value`. Owner: runtime-core.

use crate::exc::{PyErr, PyResult};
use crate::str::Str;
use crate::value::builtins::args;
use crate::value::exception::{err_value, error_of, is_exception_class};
use crate::value::{compare, func, iterate, IterObj, Kwargs, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

const SEND: i64 = 0;
const THROW: i64 = 1;

pub struct Generator {
    resume: Value,
    done: Value,
    pub name: Str,
    pub qualname: Str,
    started: Cell<bool>,
    finished: Cell<bool>,
    running: Cell<bool>,
    /// A coroutine object (an `async def`'s call), not a generator.
    coroutine: bool,
    /// The generator of an asynchronous generator with a `try` or `with` statement, whose
    /// early closing CPython's asyncio does later in a task of its own (see [`mark_cleanup`]).
    cleanup: Cell<bool>,
}

thread_local! {
    /// The generators marked by [`mark_cleanup`], to find those left suspended at the end.
    static WITH_CLEANUP: RefCell<Vec<std::rc::Weak<Generator>>> = RefCell::new(Vec::new());
}

/// Marks the generator of an asynchronous generator with cleanup code. Freeing it suspended (an
/// `async for` left by `break` or an exception), or ending the program with it suspended, stops
/// the program: CPython would run its cleanup at a point of the output this runtime does not
/// reproduce (in a task asyncio's finalizer hook schedules, or at shutdown).
pub fn mark_cleanup(gen: &Value) {
    if let Value::Iter(it) = gen {
        if let Some(g) = &it.borrow().gen {
            g.cleanup.set(true);
            WITH_CLEANUP.with(|w| {
                let mut w = w.borrow_mut();
                if w.len() >= 64 {
                    w.retain(|g| g.strong_count() > 0);
                }
                w.push(Rc::downgrade(g));
            });
        }
    }
}

/// Stops the program (see [`mark_cleanup`]) if an asynchronous generator with cleanup code is
/// still suspended; called at shutdown.
pub fn check_cleanup_at_exit() {
    let pending = WITH_CLEANUP.with(|w| w.borrow().iter().any(|g| g.upgrade().map_or(false, |g| g.suspended())));
    if pending {
        stop_abandoned();
    }
}

fn stop_abandoned() -> ! {
    crate::io::flush();
    eprintln!("Traceback (most recent call last):");
    eprintln!(
        "{}",
        PyErr::untranslatable("an asynchronous generator with a try or with statement left suspended (CPython closes it later)")
    );
    std::process::exit(1)
}

/// How one run of the body ended.
enum Step {
    Yielded(Value),
    Returned(Value),
}

fn already_executing() -> PyErr {
    PyErr::value_error("generator already executing")
}

/// `StopIteration` carrying a generator's return value (none for `None`, as CPython raises it).
pub fn stop_iteration(value: Value) -> PyErr {
    match value {
        Value::None => PyErr::new("StopIteration", ""),
        v => crate::value::exception::error_with_args("StopIteration", vec![v]),
    }
}

impl Generator {
    pub fn running(&self) -> bool {
        self.running.get()
    }

    pub fn suspended(&self) -> bool {
        self.started.get() && !self.finished.get()
    }

    fn step(&self, mut mode: i64, mut arg: Value) -> PyResult<Step> {
        if self.running.get() {
            return Err(already_executing());
        }
        self.started.set(true);
        self.running.set(true);
        let result = loop {
            match func::call(&self.resume, vec![Value::int(mode), arg], vec![]) {
                Ok(v) if compare::is(&v, &self.done) => {
                    mode = SEND;
                    arg = Value::None;
                }
                Ok(Value::Tuple(t)) if t.len() == 2 && compare::is(&t[0], &self.done) => {
                    break Ok(Step::Returned(t[1].clone()));
                }
                Ok(v) => break Ok(Step::Yielded(v)),
                // PEP 479: a StopIteration leaving the body would end the caller's loop silently.
                Err(e) if iterate::is_stop_iteration(&e) => {
                    break Err(PyErr::new("RuntimeError", "generator raised StopIteration"))
                }
                Err(e) => break Err(e),
            }
        };
        self.running.set(false);
        if !matches!(result, Ok(Step::Yielded(_))) {
            self.finished.set(true);
        }
        result
    }

    /// `next(gen)` as an iterator step: `None` once finished.
    pub fn next_item(&self) -> Option<PyResult<Value>> {
        if self.finished.get() && !self.running.get() {
            return None;
        }
        match self.send(Value::None) {
            Ok(v) => Some(Ok(v)),
            Err(e) if iterate::is_stop_iteration(&e) && e.message.is_empty() && e.instance.is_none() => None,
            Err(e) => Some(Err(e)),
        }
    }

    /// `gen.send(value)`.
    pub fn send(&self, value: Value) -> PyResult<Value> {
        if self.running.get() {
            return Err(already_executing());
        }
        if self.finished.get() {
            return Err(stop_iteration(Value::None));
        }
        if !self.started.get() && !matches!(value, Value::None) {
            return Err(PyErr::type_error("can't send non-None value to a just-started generator"));
        }
        match self.step(SEND, value)? {
            Step::Yielded(v) => Ok(v),
            Step::Returned(v) => Err(stop_iteration(v)),
        }
    }

    /// `gen.throw(exc)`: raised at the `yield` where the generator waits.
    pub fn throw(&self, exc: PyErr) -> PyResult<Value> {
        if self.running.get() {
            return Err(already_executing());
        }
        if !self.started.get() || self.finished.get() {
            self.finished.set(true);
            return Err(exc);
        }
        match self.step(THROW, err_value(&exc))? {
            Step::Yielded(v) => Ok(v),
            Step::Returned(v) => Err(stop_iteration(v)),
        }
    }

    /// `gen.close()`: `GeneratorExit` at the `yield`, so that its `finally` blocks run.
    pub fn close(&self) -> PyResult<Value> {
        if self.running.get() {
            return Err(already_executing());
        }
        if !self.started.get() || self.finished.get() {
            self.finished.set(true);
            return Ok(Value::None);
        }
        let exit = crate::value::exception::error_with_args("GeneratorExit", vec![]);
        match self.step(THROW, err_value(&exit)) {
            Ok(Step::Yielded(_)) => Err(PyErr::new("RuntimeError", "generator ignored GeneratorExit")),
            Ok(Step::Returned(_)) => Ok(Value::None),
            Err(e) if e.is_instance("GeneratorExit") => Ok(Value::None),
            Err(e) => Err(e),
        }
    }
}

impl Drop for Generator {
    /// CPython closes a suspended generator it frees, running its `finally` blocks; an error
    /// there is reported on stderr and otherwise ignored.
    fn drop(&mut self) {
        if self.coroutine && !self.started.get() && !self.finished.get() {
            // CPython warns (and goes on) when a coroutine object is freed before it ran.
            crate::io::flush();
            eprintln!("sys:1: RuntimeWarning: coroutine '{}' was never awaited", self.qualname);
            return;
        }
        if !self.suspended() || self.running.get() {
            return;
        }
        if self.cleanup.get() {
            stop_abandoned();
        }
        if let Err(e) = self.close() {
            crate::io::flush();
            eprintln!("Exception ignored in: <generator object {}>", self.qualname);
            eprintln!("Traceback (most recent call last):");
            eprintln!("{}", e);
        }
    }
}

/// `__portalis_gen__(resume, done, name, qualname)`: the generator object of one call.
pub fn make(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("__portalis_gen__", &kwargs)?;
    args::count("__portalis_gen__", args.len(), 4, 4)?;
    Ok(build(args, false))
}

/// `__portalis_coro__(resume, done, name, qualname)`: the coroutine object of one call of an
/// `async def` (the Java class `AsyncRewrite` made its body a generator's).
pub fn make_coroutine(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("__portalis_coro__", &kwargs)?;
    args::count("__portalis_coro__", args.len(), 4, 4)?;
    Ok(build(args, true))
}

fn build(args: Vec<Value>, coroutine: bool) -> Value {
    let mut a = args.into_iter();
    let resume = a.next().expect("4 arguments");
    let done = a.next().expect("4 arguments");
    let text = |v: Option<Value>| match v {
        Some(Value::Str(s)) => s,
        _ => Str::from("<generator>"),
    };
    let name = text(a.next());
    let qualname = text(a.next());
    let gen = Rc::new(Generator {
        resume,
        done,
        name,
        qualname,
        started: Cell::new(false),
        finished: Cell::new(false),
        running: Cell::new(false),
        coroutine,
        cleanup: Cell::new(false),
    });
    let stepper = gen.clone();
    let next = Box::new(std::iter::from_fn(move || stepper.next_item()));
    let name = if coroutine { "coroutine" } else { "generator" };
    Value::Iter(Rc::new(RefCell::new(IterObj { name, next, gen: Some(gen) })))
}

/// `__portalis_await__(x)`: the iterator `await x` delegates to (PEP 492): a coroutine itself,
/// else what `x.__await__()` returns, which must be an iterator.
pub fn awaitable(args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    args::no_kwargs("__portalis_await__", &kwargs)?;
    args::count("__portalis_await__", args.len(), 1, 1)?;
    let x = args.into_iter().next().expect("one argument");
    if let Some(g) = of(&x) {
        if g.coroutine {
            if g.finished.get() {
                return Err(PyErr::new("RuntimeError", "cannot reuse already awaited coroutine"));
            }
            return Ok(x);
        }
    }
    let method = match &x {
        Value::Instance(_) => crate::value::attr::getattr(&x, "__await__").ok(),
        _ => None,
    };
    let method = match method {
        Some(m) => m,
        None => {
            return Err(PyErr::type_error(format!("object {} can't be used in 'await' expression", x.type_name())));
        }
    };
    let it = func::call(&method, vec![], vec![])?;
    if let Some(g) = of(&it) {
        if g.coroutine {
            return Err(PyErr::type_error("__await__() returned a coroutine"));
        }
        return Ok(it);
    }
    let is_iterator = match &it {
        Value::Iter(_) => true,
        Value::Instance(_) => crate::value::attr::getattr(&it, "__next__").is_ok(),
        _ => false,
    };
    if !is_iterator {
        return Err(PyErr::type_error(format!("__await__() returned non-iterator of type '{}'", it.type_name())));
    }
    Ok(it)
}

/// The generator behind `v`, if it is one.
pub fn of(v: &Value) -> Option<Rc<Generator>> {
    match v {
        // A generator's iterator object is never borrowed while it runs (see `iterate::next_or`).
        Value::Iter(it) => it.try_borrow().ok().and_then(|o| o.gen.clone()),
        _ => None,
    }
}

/// The exception `throw(typ[, val[, tb]])` raises: an instance, or a class instantiated with `val`.
pub(crate) fn thrown(args: Vec<Value>) -> PyResult<PyErr> {
    args::count("throw", args.len(), 1, 3)?;
    let mut a = args.into_iter();
    let typ = a.next().expect("one argument");
    let val = a.next().unwrap_or(Value::None);
    match &typ {
        Value::Class(c) if is_exception_class(c) => {
            if let Value::Instance(i) = &val {
                if crate::value::class::is_subclass(&i.class, c) {
                    return Ok(error_of(val));
                }
            }
            let args = if matches!(val, Value::None) { vec![] } else { vec![val] };
            Ok(crate::value::exception::raise(func::call(&typ, args, vec![])?))
        }
        Value::Instance(i) if is_exception_class(&i.class) => {
            if !matches!(val, Value::None) {
                return Err(PyErr::type_error("instance exception may not have a separate value"));
            }
            Ok(error_of(typ))
        }
        other => Err(PyErr::type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            other.type_name()
        ))),
    }
}

/// The names `gen.NAME(…)` calls.
pub const METHODS: &[&str] = &["send", "throw", "close"];

/// `gen.send(v)`, `gen.throw(exc)`, `gen.close()`.
pub fn call_method(gen: &Generator, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Option<PyResult<Value>> {
    let r = (|| match name {
        "send" => {
            args::no_kwargs("send", &kwargs)?;
            args::count("send", args.len(), 1, 1)?;
            gen.send(args.into_iter().next().expect("one argument"))
        }
        "throw" => {
            args::no_kwargs("throw", &kwargs)?;
            let exc = thrown(args)?;
            gen.throw(exc)
        }
        "close" => {
            args::no_kwargs("close", &kwargs)?;
            args::count("close", args.len(), 0, 0)?;
            gen.close()
        }
        _ => unreachable!("only METHODS are called"),
    })();
    METHODS.contains(&name).then_some(r)
}

/// `__portalis_delegate__(it, mode, arg)`: one step of `yield from it` after the delegating
/// generator was resumed (PEP 380): `send`/`next` for mode 0; for mode 1, `GeneratorExit` closes
/// the subiterator and goes on, anything else is thrown into it (or raised, if it has no `throw`).
pub fn delegate(args: Vec<Value>, _kwargs: Kwargs) -> PyResult<Value> {
    let mut a = args.into_iter();
    let (it, mode, arg) = (a.next().unwrap_or(Value::None), a.next().unwrap_or(Value::None), a.next().unwrap_or(Value::None));
    let throwing = matches!(mode, Value::Int(ref m) if m.to_i64() == Some(THROW));
    if !throwing {
        if matches!(arg, Value::None) {
            return iterate::next_or(&it, None);
        }
        if let Some(g) = of(&it) {
            return g.send(arg);
        }
        return func::call_method(&it, "send", vec![arg], vec![]);
    }
    let exc = crate::value::exception::raise(arg);
    if exc.is_instance("GeneratorExit") {
        if let Some(g) = of(&it) {
            g.close()?;
        } else if let Ok(close) = crate::value::attr::getattr(&it, "close") {
            func::call(&close, vec![], vec![])?;
        }
        return Err(exc);
    }
    if let Some(g) = of(&it) {
        return g.throw(exc);
    }
    match crate::value::attr::getattr(&it, "throw") {
        Ok(throw) => func::call(&throw, vec![err_value(&exc)], vec![]),
        Err(_) => Err(exc),
    }
}
