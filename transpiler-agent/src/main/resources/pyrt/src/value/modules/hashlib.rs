//! The `hashlib` module: `md5`, `sha1`, `sha256`, `sha512` and `new(name)`, as hash objects
//! with `update`, `digest`, `hexdigest`, `copy`, `name` and `digest_size`.

use super::args::{func_kw, module, no_more_kwargs, take_kw};
use super::digest;
use super::objs::{instance, method, runtime_class, set_state, state};
use crate::exc::{PyErr, PyResult};
use crate::value::{Kwargs, Module, Value};
use std::rc::Rc;

const ALGORITHMS: [&str; 4] = ["md5", "sha1", "sha256", "sha512"];

fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.as_ref().clone()),
        Value::Str(_) => Err(PyErr::type_error("Strings must be encoded before hashing")),
        other => Err(PyErr::type_error(format!(
            "object supporting the buffer API required, not '{}'",
            other.type_name()
        ))),
    }
}

fn compute(alg: &str, data: &[u8]) -> Vec<u8> {
    match alg {
        "md5" => digest::md5(data),
        "sha1" => digest::sha1(data),
        "sha256" => digest::sha256(data),
        _ => digest::sha512(data),
    }
}

fn alg_of(this: &Value) -> PyResult<String> {
    Ok(crate::value::text::str_of(&state(this, "name")?)?.to_string())
}

fn data_of(this: &Value) -> PyResult<Vec<u8>> {
    bytes_arg(&state(this, "__data__")?)
}

fn hash_object(alg: &str, data: Vec<u8>) -> Value {
    let cls = runtime_class("_hashlib", "HASH", vec![], || {
        vec![
            method("update", |this, args, _| {
                let mut d = data_of(this)?;
                let extra = args.get(0).ok_or_else(|| PyErr::type_error("update() takes exactly one argument (0 given)"))?;
                d.extend(bytes_arg(extra)?);
                set_state(this, "__data__", Value::Bytes(Rc::new(d)));
                Ok(Value::None)
            }),
            method("digest", |this, _, _| Ok(Value::Bytes(Rc::new(compute(&alg_of(this)?, &data_of(this)?))))),
            method("hexdigest", |this, _, _| Ok(Value::str(&digest::hex(&compute(&alg_of(this)?, &data_of(this)?))))),
            method("copy", |this, _, _| Ok(hash_object(&alg_of(this)?, data_of(this)?))),
        ]
    });
    let size = match alg {
        "md5" => 16,
        "sha1" => 20,
        "sha256" => 32,
        _ => 64,
    };
    let block = if alg == "sha512" { 128 } else { 64 };
    instance(
        &cls,
        vec![
            ("name", Value::str(alg)),
            ("digest_size", Value::int(size)),
            ("block_size", Value::int(block)),
            ("__data__", Value::Bytes(Rc::new(data))),
        ],
    )
}

fn constructor(alg: &'static str) -> (&'static str, Value) {
    func_kw(alg, move |args, mut kwargs: Kwargs| {
        let kw_data = take_kw(&mut kwargs, "data").or_else(|| take_kw(&mut kwargs, "string"));
        let _ = take_kw(&mut kwargs, "usedforsecurity");
        no_more_kwargs(alg, &kwargs)?;
        let data = match args.get(0).or(kw_data.as_ref()) {
            Some(v) => bytes_arg(v)?,
            None => Vec::new(),
        };
        Ok(hash_object(alg, data))
    })
}

pub fn build() -> Module {
    let mut attrs: Vec<(&str, Value)> = ALGORITHMS.iter().map(|a| constructor(a)).collect();
    attrs.push(func_kw("new", |args, mut kwargs| {
        let mut args = args.into_iter();
        let name = args.next().or_else(|| take_kw(&mut kwargs, "name")).ok_or_else(|| {
            PyErr::type_error("new() missing required argument 'name' (pos 1)")
        })?;
        let name = crate::value::text::str_of(&name)?.to_string().to_lowercase();
        let alg = ALGORITHMS
            .iter()
            .find(|a| **a == name)
            .ok_or_else(|| PyErr::value_error(format!("unsupported hash type {}", name)))?;
        let rest: Vec<Value> = args.collect();
        match &constructor(alg).1 {
            Value::Builtin(b) => (b.call)(rest, kwargs),
            _ => unreachable!("constructor is a builtin"),
        }
    }));
    let names = ALGORITHMS.iter().map(|a| Value::str(a)).collect::<Vec<_>>();
    attrs.push(("algorithms_guaranteed", Value::set(names.clone()).unwrap_or(Value::None)));
    attrs.push(("algorithms_available", Value::set(names).unwrap_or(Value::None)));
    module("hashlib", attrs)
}
