//! The congress-day screens: the roll call at the door, ballot-by-ballot
//! counting with two independent entries, the projection screen for the
//! hall, and the stage of each branch for the ward overview.

pub mod roll_call;
