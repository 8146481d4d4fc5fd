//! Row buttons of the editable tables: move up, move down, remove.

use super::form::name_widget;
use crate::strings::ui as msg;
use eframe::egui::{Role, Ui};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowMove {
    Up,
    Down,
    Remove,
}

/// The three buttons of row `index` (0-based); named "Dòng 2: Chuyển lên trên"
/// and so on for screen readers and tests.
pub fn buttons(ui: &mut Ui, index: usize) -> Option<(usize, RowMove)> {
    let mut out = None;
    ui.horizontal(|ui| {
        for (text, hint, mv) in [
            (msg::MOVE_UP, msg::MOVE_UP_HINT, RowMove::Up),
            (msg::MOVE_DOWN, msg::MOVE_DOWN_HINT, RowMove::Down),
            (msg::REMOVE_ROW, msg::REMOVE_HINT, RowMove::Remove),
        ] {
            let resp = ui.small_button(text).on_hover_text(hint);
            name_widget(&resp, Role::Button, &msg::row_action(index + 1, hint));
            if resp.clicked() {
                out = Some((index, mv));
            }
        }
    });
    out
}

/// Apply a row action to a list; returns the removed item.
pub fn apply<T>(list: &mut Vec<T>, action: Option<(usize, RowMove)>) -> Option<T> {
    let (i, mv) = action?;
    match mv {
        RowMove::Up if i > 0 && i < list.len() => list.swap(i, i - 1),
        RowMove::Down if i + 1 < list.len() => list.swap(i, i + 1),
        RowMove::Remove if i < list.len() => return Some(list.remove(i)),
        _ => {}
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_stay_inside_the_list() {
        let mut v = vec![1, 2, 3];
        assert_eq!(apply(&mut v, Some((0, RowMove::Up))), None);
        apply(&mut v, Some((0, RowMove::Down)));
        assert_eq!(v, [2, 1, 3]);
        apply(&mut v, Some((2, RowMove::Down)));
        assert_eq!(v, [2, 1, 3]);
        assert_eq!(apply(&mut v, Some((1, RowMove::Remove))), Some(1));
        assert_eq!(apply(&mut v, Some((5, RowMove::Remove))), None);
        assert_eq!(v, [2, 3]);
    }
}
