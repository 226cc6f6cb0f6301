//! argparse's containers of actions, after CPython 3.12's `_ActionsContainer._add_action`:
//! an `ArgumentParser` puts an action in its "positional arguments" or "options" group, an
//! argument group (`add_argument_group(title, description)`) in itself, a mutually
//! exclusive group in its container and in itself. Each group keeps its actions in
//! `_group_actions`, which the help prints section by section. `parents=` copies another
//! parser's actions into the groups of the same titles (`_add_container_actions`).

use super::args::take_kw;
use super::objs::{instance, is_a, list_state, method_kw, runtime_class, state};
use crate::exc::{PyErr, PyResult};
use crate::value::attr::getattr;
use crate::value::compare::is;
use crate::value::{Class, Kwargs, Value};
use std::rc::Rc;

fn group_class() -> Rc<Class> {
    runtime_class("argparse", "_ArgumentGroup", vec![], || {
        vec![
            method_kw("add_argument", |this, args, kwargs| add_to(this, args, kwargs)),
            method_kw("add_mutually_exclusive_group", add_mutually_exclusive_group),
        ]
    })
}

fn mutex_class() -> Rc<Class> {
    runtime_class("argparse", "_MutuallyExclusiveGroup", vec![group_class()], Vec::new)
}

/// The parser a container belongs to (the parser itself for a parser).
fn parser_of(container: &Value) -> PyResult<Value> {
    if is_a(container, "argparse", "_ArgumentGroup") {
        return state(container, "_parser");
    }
    Ok(container.clone())
}

/// A new argument group of `parser` (`add_argument_group`), listed for the help.
pub fn new_group(parser: &Value, title: Value, description: Value) -> PyResult<Value> {
    let g = instance(&group_class(), vec![("_parser", parser.clone()), ("title", title), ("description", description), ("_group_actions", Value::list(vec![]))]);
    list_state(parser, "_action_groups")?.borrow_mut().push(g.clone());
    Ok(g)
}

pub fn add_argument_group(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    let mut it = args.into_iter();
    let title = it.next().or_else(|| take_kw(&mut kwargs, "title")).unwrap_or(Value::None);
    let description = it.next().or_else(|| take_kw(&mut kwargs, "description")).unwrap_or(Value::None);
    if it.next().is_some() {
        return Err(PyErr::type_error("_ArgumentGroup.__init__() takes from 2 to 4 positional arguments"));
    }
    for k in ["prefix_chars", "argument_default", "conflict_handler"] {
        if take_kw(&mut kwargs, k).is_some() {
            return Err(PyErr::untranslatable(&format!("argparse argument group with its own {}", k)));
        }
    }
    super::args::no_more_kwargs("_ArgumentGroup.__init__", &kwargs)?;
    if is_a(this, "argparse", "_ArgumentGroup") {
        return Err(PyErr::untranslatable("argparse nested argument groups (deprecated; CPython warns)"));
    }
    new_group(&parser_of(this)?, title, description)
}

pub fn add_mutually_exclusive_group(this: &Value, args: Vec<Value>, mut kwargs: Kwargs) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(PyErr::type_error("add_mutually_exclusive_group() takes 1 positional argument but 2 were given"));
    }
    let required = take_kw(&mut kwargs, "required").unwrap_or(Value::FALSE);
    super::args::no_more_kwargs("_MutuallyExclusiveGroup.__init__", &kwargs)?;
    if is_a(this, "argparse", "_MutuallyExclusiveGroup") {
        return Err(PyErr::untranslatable("argparse nested mutually exclusive groups (deprecated; CPython warns)"));
    }
    new_mutex(this, required)
}

fn new_mutex(container: &Value, required: Value) -> PyResult<Value> {
    let parser = parser_of(container)?;
    let g = instance(
        &mutex_class(),
        vec![
            ("_parser", parser.clone()),
            ("_container", container.clone()),
            ("title", Value::None),
            ("description", Value::None),
            ("required", required),
            ("_group_actions", Value::list(vec![])),
        ],
    );
    list_state(&parser, "_groups")?.borrow_mut().push(g.clone());
    Ok(g)
}

/// `container.add_argument(...)`.
pub fn add_to(container: &Value, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
    let action = super::argparse::make_action(&parser_of(container)?, args, kwargs)?;
    add_action(container, &action)?;
    Ok(action)
}

/// `_add_action` of a parser, an argument group or a mutually exclusive group.
pub fn add_action(container: &Value, action: &Value) -> PyResult<()> {
    if is_a(container, "argparse", "_MutuallyExclusiveGroup") {
        if crate::value::ops::truthy(&getattr(action, "required")?)? {
            return Err(PyErr::value_error("mutually exclusive arguments must be optional"));
        }
        add_action(&state(container, "_container")?, action)?;
        list_state(container, "_group_actions")?.borrow_mut().push(action.clone());
        return Ok(());
    }
    if is_a(container, "argparse", "_ArgumentGroup") {
        super::argparse::register(&state(container, "_parser")?, action)?;
        list_state(container, "_group_actions")?.borrow_mut().push(action.clone());
        return Ok(());
    }
    super::argparse::register(container, action)?;
    let group = if super::argparse_help::option_strings(action)?.is_empty() { "_positionals" } else { "_optionals" };
    list_state(&state(container, group)?, "_group_actions")?.borrow_mut().push(action.clone());
    Ok(())
}

/// `_add_container_actions(parent)`: the parent's actions in the groups of the same titles.
pub fn add_container_actions(this: &Value, parent: &Value) -> PyResult<()> {
    let mut by_title: Vec<(Value, Value)> = Vec::new();
    for g in list_state(this, "_action_groups")?.borrow().iter() {
        let title = getattr(g, "title")?;
        for (t, _) in &by_title {
            if crate::value::compare::eq_bool(t, &title)? {
                let r = crate::value::text::repr_of(&title)?;
                return Err(PyErr::value_error(format!("cannot merge actions - two groups are named {}", r.as_str())));
            }
        }
        by_title.push((title, g.clone()));
    }
    let mut placed: Vec<(Value, Value)> = Vec::new();
    let place = |placed: &mut Vec<(Value, Value)>, a: &Value, g: &Value| match placed.iter_mut().find(|(x, _)| is(x, a)) {
        Some(entry) => entry.1 = g.clone(),
        None => placed.push((a.clone(), g.clone())),
    };
    for g in list_state(parent, "_action_groups")?.borrow().clone() {
        let title = getattr(&g, "title")?;
        let mut found = None;
        for (t, mine) in &by_title {
            if crate::value::compare::eq_bool(t, &title)? {
                found = Some(mine.clone());
            }
        }
        let mine = match found {
            Some(m) => m,
            None => {
                let m = new_group(this, title.clone(), getattr(&g, "description")?)?;
                by_title.push((title, m.clone()));
                m
            }
        };
        for a in list_state(&g, "_group_actions")?.borrow().iter() {
            place(&mut placed, a, &mine);
        }
    }
    for g in list_state(parent, "_groups")?.borrow().clone() {
        let mutex = new_mutex(this, getattr(&g, "required")?)?;
        for a in list_state(&g, "_group_actions")?.borrow().iter() {
            place(&mut placed, a, &mutex);
        }
    }
    for a in list_state(parent, "_actions")?.borrow().clone() {
        let target = placed.iter().find(|(x, _)| is(x, &a)).map(|(_, g)| g.clone()).unwrap_or_else(|| this.clone());
        add_action(&target, &a)?;
    }
    Ok(())
}
