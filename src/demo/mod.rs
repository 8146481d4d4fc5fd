//! The embedded demo ward (fictitious names).

use crate::model::*;

/// The demo ward and its branches.
pub fn demo_ward() -> (Ward, Vec<Branch>) {
    let ward = Ward {
        name: "Đảng bộ phường Hòa Bình".into(),
        superior_name: "Đảng bộ thị xã Sông Lam".into(),
        committee_name: "Đảng ủy phường Hòa Bình".into(),
        place: "Hòa Bình".into(),
        ..Ward::default()
    };
    let mut b = Branch {
        id: "thon-an-phu".into(),
        name: "Chi bộ Thôn An Phú".into(),
        ..Branch::default()
    };
    b.add_member(Member {
        full_name: "Nguyễn Văn An".into(),
        ..Member::default()
    });
    (ward, vec![b])
}
