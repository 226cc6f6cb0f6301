//! argparse sub-commands, after CPython 3.12's `add_subparsers` and `_SubParsersAction`: a
//! positional action with `nargs=PARSER` whose choices are the sub-parsers by name; when it
//! matches, the chosen parser parses the rest and its namespace's values are copied into
//! the caller's (strings it did not recognise go back to the caller).

use super::args::take_kw;
use super::argparse::{action_class, error_class, SUPPRESS};
use super::argparse_help::{s, Formatter};
use super::objs::{instance, list_state, method_kw, runtime_class, set_state, state};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::{getattr, setattr};
use crate::value::func::{call, call_method};
use crate::value::{Class, Kwargs, Value};
use std::rc::Rc;

/// What `parse_known_args` leaves on a namespace for the caller: the strings a sub-parser
/// did not recognise (`_UNRECOGNIZED_ARGS_ATTR`).
pub const UNRECOGNIZED: &str = "_unrecognized_args";

fn subparsers_class() -> Rc<Class> {
    runtime_class("argparse", "_SubParsersAction", vec![action_class()], || vec![method_kw("add_parser", add_parser)])
}

fn argument_error(action: &Value, message: &str) -> PyResult<PyErr> {
    let name = match getattr(action, "metavar")? {
        Value::None => match getattr(action, "dest")? {
            d if super::argparse::is_suppress(&d) => format!("{{{}}}", super::argparse_help::strings(&getattr(action, "choices")?)?.join(",")),
            d => s(&d)?,
        },
        m => s(&m)?,
    };
    let text = format!("argument {}: {}", name, message);
    Ok(crate::value::exception::error_of(crate::value::exception::exception_instance(&error_class(), vec![Value::str(&text)])))
}

/// `parser.add_subparsers(title=, description=, prog=, parser_class=, dest=, required=,
/// help=, metavar=)`.
pub fn add_subparsers(parser: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(PyErr::type_error(format!("ArgumentParser.add_subparsers() takes 1 positional argument but {} were given", args.len() + 1)));
    }
    if !matches!(state(parser, "_subparsers")?, Value::None) {
        return Err(super::argparse_usage::exit_with_error(parser, "cannot have multiple subparser arguments"));
    }
    let parser_class = match take_kw(&mut kwargs, "parser_class") {
        Some(c) => c,
        None => match parser {
            Value::Instance(i) => Value::Class(i.class.clone()),
            _ => return Err(PyErr::type_error("add_subparsers() of a parser that is not an instance")),
        },
    };
    let has_title = kwargs.iter().any(|(k, _)| k.as_str() == "title" || k.as_str() == "description");
    let group = if has_title {
        let title = take_kw(&mut kwargs, "title").unwrap_or_else(|| Value::str("subcommands"));
        let description = take_kw(&mut kwargs, "description").unwrap_or(Value::None);
        super::argparse_groups::new_group(parser, title, description)?
    } else {
        state(parser, "_positionals")?
    };
    let prog = match take_kw(&mut kwargs, "prog") {
        Some(p) if !matches!(p, Value::None) => p,
        _ => {
            let f = Formatter::new(parser)?;
            let positionals: Vec<Value> = list_state(parser, "_actions")?
                .borrow()
                .iter()
                .filter(|a| super::argparse_help::option_strings(a).map_or(false, |o| o.is_empty()))
                .cloned()
                .collect();
            let groups = list_state(parser, "_groups")?.borrow().clone();
            let text = super::argparse_usage::format_usage_of(&f, &getattr(parser, "usage")?, &positionals, &groups, "")?;
            Value::str(super::argparse_help::finish(&text).trim_matches(crate::str::is_space))
        }
    };
    if let Some(a) = take_kw(&mut kwargs, "action") {
        if !matches!(&a, Value::Str(t) if t.as_str() == "parsers") {
            return Err(PyErr::untranslatable("argparse add_subparsers with a custom action class"));
        }
    }
    let dest = take_kw(&mut kwargs, "dest").unwrap_or_else(|| Value::str(SUPPRESS));
    let required = take_kw(&mut kwargs, "required").unwrap_or(Value::FALSE);
    let help = take_kw(&mut kwargs, "help").unwrap_or(Value::None);
    let metavar = take_kw(&mut kwargs, "metavar").unwrap_or(Value::None);
    if let Some((k, _)) = kwargs.first() {
        return Err(PyErr::type_error(format!("_SubParsersAction.__init__() got an unexpected keyword argument '{}'", k.as_str())));
    }
    let choices = Value::dict(vec![])?;
    let action = instance(
        &subparsers_class(),
        vec![
            ("option_strings", Value::list(vec![])),
            ("dest", dest),
            ("nargs", Value::str("A...")),
            ("const", Value::None),
            ("default", Value::None),
            ("type", Value::None),
            ("choices", choices.clone()),
            ("required", required),
            ("help", help),
            ("metavar", metavar),
            ("version", Value::None),
            ("__kind__", Value::str("parsers")),
            ("_prog_prefix", prog),
            ("_parser_class", parser_class),
            ("_name_parser_map", choices),
            ("_choices_actions", Value::list(vec![])),
        ],
    );
    super::argparse_groups::add_action(&group, &action)?;
    set_state(parser, "_subparsers", group);
    Ok(action)
}

/// `subparsers.add_parser(name, aliases=(), help=..., **parser_kwargs)`.
fn add_parser(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let mut it = args.into_iter();
    let name = it.next().or_else(|| take_kw(&mut kwargs, "name")).ok_or_else(|| PyErr::type_error("_SubParsersAction.add_parser() missing 1 required positional argument: 'name'"))?;
    if it.next().is_some() {
        return Err(PyErr::type_error("_SubParsersAction.add_parser() takes 2 positional arguments but 3 were given"));
    }
    let name_s = s(&name)?;
    if !kwargs.iter().any(|(k, v)| k.as_str() == "prog" && !matches!(v, Value::None)) {
        kwargs.retain(|(k, _)| k.as_str() != "prog");
        let prefix = s(&getattr(this, "_prog_prefix")?)?;
        kwargs.push((crate::str::Str::from("prog"), Value::str(&format!("{} {}", prefix, name_s))));
    }
    let aliases = match take_kw(&mut kwargs, "aliases") {
        Some(a) => super::argparse_help::strings(&a)?,
        None => Vec::new(),
    };
    let map = getattr(this, "_name_parser_map")?;
    let taken = |n: &str| -> PyResult<bool> { crate::value::compare::contains(&map, &Value::str(n)) };
    if taken(&name_s)? {
        return Err(argument_error(this, &format!("conflicting subparser: {}", name_s))?);
    }
    for a in &aliases {
        if taken(a)? {
            return Err(argument_error(this, &format!("conflicting subparser alias: {}", a))?);
        }
    }
    if let Some(help) = take_kw(&mut kwargs, "help") {
        let metavar = if aliases.is_empty() { name_s.clone() } else { format!("{} ({})", name_s, aliases.join(", ")) };
        let pseudo = instance(
            &action_class(),
            vec![
                ("option_strings", Value::list(vec![])),
                ("dest", Value::str(&name_s)),
                ("nargs", Value::None),
                ("const", Value::None),
                ("default", Value::None),
                ("type", Value::None),
                ("choices", Value::None),
                ("required", Value::FALSE),
                ("help", help),
                ("metavar", Value::str(&metavar)),
                ("__kind__", Value::str("store")),
            ],
        );
        list_state(this, "_choices_actions")?.borrow_mut().push(pseudo);
    }
    let parser = call(&getattr(this, "_parser_class")?, vec![], kwargs)?;
    call_method(&map, "__setitem__", vec![name.clone(), parser.clone()], vec![])?;
    for a in &aliases {
        call_method(&map, "__setitem__", vec![Value::str(a), parser.clone()], vec![])?;
    }
    Ok(parser)
}

/// `_SubParsersAction.__call__`: the chosen parser parses the rest into the namespace.
pub fn invoke(action: &Value, namespace: &Value, values: &[Value]) -> PyResult<()> {
    let name = values.first().cloned().unwrap_or(Value::None);
    let dest = getattr(action, "dest")?;
    if !super::argparse::is_suppress(&dest) {
        setattr(namespace, &s(&dest)?, name.clone())?;
    }
    let parser = call_method(&getattr(action, "_name_parser_map")?, "__getitem__", vec![name], vec![])?;
    let rest = Value::list(values[1..].to_vec());
    let result = super::argparse_match::parse_args(&parser, vec![rest, Value::None], vec![], true)?;
    let (sub, extras) = match &result {
        Value::Tuple(t) if t.len() == 2 => (t[0].clone(), t[1].clone()),
        _ => return Err(PyErr::type_error("parse_known_args gave no pair")),
    };
    if let Value::Instance(i) = &sub {
        for (k, v) in i.dict.borrow().items() {
            setattr(namespace, &s(&k)?, v)?;
        }
    }
    let extras = crate::value::iterate::collect(&extras)?;
    if !extras.is_empty() {
        if !crate::value::attr::hasattr(namespace, UNRECOGNIZED)? {
            setattr(namespace, UNRECOGNIZED, Value::list(vec![]))?;
        }
        call_method(&getattr(namespace, UNRECOGNIZED)?, "extend", vec![Value::list(extras)], vec![])?;
    }
    Ok(())
}
