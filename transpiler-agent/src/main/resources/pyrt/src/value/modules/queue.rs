//! `queue`: `Queue`, `LifoQueue`, `PriorityQueue`, `SimpleQueue`, `Empty` and `Full` of
//! CPython 3.12's Lib/queue.py for a program with one thread. The containers are CPython's
//! (`self.queue` is a deque, or a list kept as a heap with `heapq`), so equal priorities
//! come out in CPython's order. A blocking `get` on an empty queue or `put` on a full one
//! waits forever in CPython (no other thread can change it): that stops the program instead,
//! loudly; with a `timeout` they raise `Empty`/`Full` as CPython does when the time is up.

use super::args::{module, take_kw};
use super::objs::{method, method_kw, runtime_class, set_state, state};
use crate::exc::{PyErr, PyResult};
use crate::value::class::cached_class;
use crate::value::exception::{error_of, exception_class, exception_instance};
use crate::value::func::call_method;
use crate::value::ops::truthy;
use crate::value::{Class, Kwargs, Module, Value};
use std::rc::Rc;

fn error_class(name: &'static str) -> Rc<Class> {
    cached_class(&format!("queue.{}", name), || {
        let base = exception_class("Exception").expect("Exception exists");
        // `Empty` comes from the C module `_queue`, which tracebacks name.
        let module = if name == "Empty" { "_queue" } else { "queue" };
        crate::value::class::new_class(name, name, module, vec![base], None).expect("single base")
    })
}

fn raise(name: &'static str) -> PyErr {
    error_of(exception_instance(&error_class(name), vec![]))
}

#[derive(Clone, Copy, PartialEq)]
enum Order {
    Fifo,
    Lifo,
    Priority,
}

fn order_of(this: &Value) -> Order {
    if super::objs::is_a(this, "queue", "PriorityQueue") {
        Order::Priority
    } else if super::objs::is_a(this, "queue", "LifoQueue") {
        Order::Lifo
    } else {
        Order::Fifo
    }
}

fn container(this: &Value) -> PyResult<Value> {
    crate::value::attr::getattr(this, "queue")
}

fn qsize(this: &Value) -> PyResult<i64> {
    match container(this)? {
        Value::List(l) => Ok(l.borrow().len() as i64),
        q => super::args::to_i64(&crate::value::builtins::len(vec![q], vec![])?),
    }
}

fn maxsize(this: &Value) -> PyResult<i64> {
    super::args::to_i64(&crate::value::attr::getattr(this, "maxsize")?)
}

/// `(block, timeout)` of `put`/`get`, positional after `skip` arguments or by keyword.
fn blocking(args: &[Value], skip: usize, kwargs: &mut Kwargs) -> PyResult<(bool, Value)> {
    let block = args.get(skip).cloned().or_else(|| take_kw(kwargs, "block")).unwrap_or(Value::TRUE);
    let timeout = args.get(skip + 1).cloned().or_else(|| take_kw(kwargs, "timeout")).unwrap_or(Value::None);
    if let Some((k, _)) = kwargs.first() {
        return Err(PyErr::type_error(format!("got an unexpected keyword argument '{}'", k.as_str())));
    }
    let block = truthy(&block)?;
    if block && !matches!(timeout, Value::None) && super::args::to_f64(&timeout)? < 0.0 {
        return Err(PyErr::value_error("'timeout' must be a non-negative number"));
    }
    Ok((block, timeout))
}

/// What a single thread can do when it would have to wait: fail now (non-blocking, or once
/// the timeout passes) or never return.
fn cannot_wait(block: bool, timeout: &Value, error: &'static str, what: &str) -> PyErr {
    if !block || !matches!(timeout, Value::None) {
        raise(error)
    } else {
        PyErr::untranslatable(&format!("{} with no other thread to wake it (CPython waits forever)", what))
    }
}

fn put(this: &Value, item: Value, block: bool, timeout: Value) -> PyResult<Value> {
    let max = maxsize(this)?;
    if max > 0 && qsize(this)? >= max {
        return Err(cannot_wait(block, &timeout, "Full", "a blocking put() on a full queue"));
    }
    let q = container(this)?;
    match order_of(this) {
        Order::Priority => {
            super::heapq::heappush(vec![q, item])?;
        }
        _ => {
            call_method(&q, "append", vec![item], vec![])?;
        }
    }
    let n = super::args::to_i64(&state(this, "unfinished_tasks")?)?;
    set_state(this, "unfinished_tasks", Value::int(n + 1));
    Ok(Value::None)
}

fn get(this: &Value, block: bool, timeout: Value) -> PyResult<Value> {
    if qsize(this)? == 0 {
        return Err(cannot_wait(block, &timeout, "Empty", "a blocking get() on an empty queue"));
    }
    let q = container(this)?;
    match order_of(this) {
        Order::Priority => super::heapq::heappop(vec![q]),
        Order::Lifo => call_method(&q, "pop", vec![], vec![]),
        Order::Fifo => call_method(&q, "popleft", vec![], vec![]),
    }
}

fn init(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    super::args::arity("Queue", &args, 0, 1)?;
    let maxsize = args.into_iter().next().or_else(|| take_kw(&mut kwargs, "maxsize")).unwrap_or(Value::int(0));
    super::args::no_more_kwargs("Queue", &kwargs)?;
    let q = match order_of(this) {
        Order::Fifo => super::deque::new_deque(vec![], vec![])?,
        _ => Value::list(vec![]),
    };
    set_state(this, "maxsize", maxsize);
    set_state(this, "queue", q);
    set_state(this, "unfinished_tasks", Value::int(0));
    Ok(Value::None)
}

fn queue_class() -> Rc<Class> {
    runtime_class("queue", "Queue", vec![], || {
        vec![
            method_kw("__init__", init),
            method("qsize", |this, _, _| Ok(Value::int(qsize(this)?))),
            method("empty", |this, _, _| Ok(Value::Bool(qsize(this)? == 0))),
            method("full", |this, _, _| {
                let max = maxsize(this)?;
                Ok(Value::Bool(0 < max && max <= qsize(this)?))
            }),
            method_kw("put", |this, args, mut kwargs| {
                let item = args.get(0).cloned().or_else(|| take_kw(&mut kwargs, "item"));
                let item = item.ok_or_else(|| PyErr::type_error("Queue.put() missing 1 required positional argument: 'item'"))?;
                let (block, timeout) = blocking(&args, 1, &mut kwargs)?;
                put(this, item, block, timeout)
            }),
            method("put_nowait", |this, args, _| {
                super::args::arity("put_nowait", &args, 1, 1)?;
                put(this, args[0].clone(), false, Value::None)
            }),
            method_kw("get", |this, args, mut kwargs| {
                let (block, timeout) = blocking(&args, 0, &mut kwargs)?;
                get(this, block, timeout)
            }),
            method("get_nowait", |this, _, _| get(this, false, Value::None)),
            method("task_done", |this, _, _| {
                let n = super::args::to_i64(&state(this, "unfinished_tasks")?)?;
                if n <= 0 {
                    return Err(PyErr::value_error("task_done() called too many times"));
                }
                set_state(this, "unfinished_tasks", Value::int(n - 1));
                Ok(Value::None)
            }),
            method("join", |this, _, _| {
                if super::args::to_i64(&state(this, "unfinished_tasks")?)? > 0 {
                    return Err(PyErr::untranslatable(
                        "Queue.join() with unfinished tasks and no other thread to finish them (CPython waits forever)",
                    ));
                }
                Ok(Value::None)
            }),
        ]
    })
}

fn subclass(name: &'static str) -> Rc<Class> {
    runtime_class("queue", name, vec![queue_class()], Vec::new)
}

/// `SimpleQueue`: an unbounded FIFO without task tracking.
fn simple_class() -> Rc<Class> {
    runtime_class("queue", "SimpleQueue", vec![], || {
        let len = |this: &Value| -> PyResult<i64> {
            super::args::to_i64(&crate::value::builtins::len(vec![state(this, "__items__")?], vec![])?)
        };
        vec![
            method("__init__", |this, args, _| {
                super::args::arity("SimpleQueue", &args, 0, 0)?;
                set_state(this, "__items__", super::deque::new_deque(vec![], vec![])?);
                Ok(Value::None)
            }),
            method_kw("put", |this, args, mut kwargs| {
                let item = args.get(0).cloned().or_else(|| take_kw(&mut kwargs, "item"));
                let item = item.ok_or_else(|| PyErr::type_error("put() missing required argument 'item' (pos 1)"))?;
                blocking(&args, 1, &mut kwargs)?;
                call_method(&state(this, "__items__")?, "append", vec![item], vec![])?;
                Ok(Value::None)
            }),
            method("put_nowait", |this, args, _| {
                super::args::arity("put_nowait", &args, 1, 1)?;
                call_method(&state(this, "__items__")?, "append", vec![args[0].clone()], vec![])?;
                Ok(Value::None)
            }),
            method_kw("get", move |this, args, mut kwargs| {
                let (block, timeout) = blocking(&args, 0, &mut kwargs)?;
                if len(this)? == 0 {
                    return Err(cannot_wait(block, &timeout, "Empty", "a blocking get() on an empty queue"));
                }
                call_method(&state(this, "__items__")?, "popleft", vec![], vec![])
            }),
            method("get_nowait", move |this, _, _| {
                if len(this)? == 0 {
                    return Err(raise("Empty"));
                }
                call_method(&state(this, "__items__")?, "popleft", vec![], vec![])
            }),
            method("empty", move |this, _, _| Ok(Value::Bool(len(this)? == 0))),
            method("qsize", move |this, _, _| Ok(Value::int(len(this)?))),
        ]
    })
}

pub fn build() -> Module {
    module(
        "queue",
        vec![
            ("Queue", Value::Class(queue_class())),
            ("LifoQueue", Value::Class(subclass("LifoQueue"))),
            ("PriorityQueue", Value::Class(subclass("PriorityQueue"))),
            ("SimpleQueue", Value::Class(simple_class())),
            ("Empty", Value::Class(error_class("Empty"))),
            ("Full", Value::Class(error_class("Full"))),
        ],
    )
}
