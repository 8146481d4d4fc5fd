//! daihoi: preparing the congresses of a ward's party branches.
//!
//! One-way flow: `store` (files) → `model` (data) → `rules` (checks) →
//! `docgen` (Word documents); `ui` reads model and rules and emits commands.

pub mod cli;
pub mod demo;
pub mod docgen;
pub mod import;
pub mod model;
pub mod rules;
pub mod store;
pub mod strings;
pub mod ui;
pub mod vi;
