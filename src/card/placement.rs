//! Where a card goes: the pure geometry of a floating card beside an inline anchor.
//!
//! Modelled on the idea of Floating UI's core (place on a preferred side, `offset` by a gap,
//! `flip` to the other side when there is no room, `shift` along the line to stay inside the
//! viewport, hide when the anchor is clipped), written for one case: a card below or above a
//! word in running text, in a right-to-left or left-to-right page.
//!
//! All coordinates are CSS pixels in one space (the DOM layer uses client coordinates, as
//! `getClientRects()` returns them, with the viewport at `(0, 0, innerWidth, innerHeight)`).
//!
//! **Invariant kept** (property-tested below): when the anchor line is inside the viewport and
//! the card fits beside it on at least one side, the card lies inside the viewport inset by the
//! margin and does not overlap the anchor line.

/// An axis-aligned rectangle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Width (not negative).
    pub width: f64,
    /// Height (not negative).
    pub height: f64,
}

impl Rect {
    /// A rectangle from its left, top, width and height.
    pub fn new(left: f64, top: f64, width: f64, height: f64) -> Self {
        Rect { left, top, width, height }
    }

    /// Right edge.
    pub fn right(&self) -> f64 {
        self.left + self.width
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }

    /// Whether the point lies inside or on the edge.
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.left && x <= self.right() && y >= self.top && y <= self.bottom()
    }

    /// Whether the interiors of the two rectangles overlap (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.left < other.right() && other.left < self.right() && self.top < other.bottom() && other.top < self.bottom()
    }

    /// The rectangle shrunk by `by` on every side.
    pub fn inset(&self, by: f64) -> Rect {
        Rect::new(self.left + by, self.top + by, (self.width - 2.0 * by).max(0.0), (self.height - 2.0 * by).max(0.0))
    }
}

/// The writing direction of the text around the anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Direction {
    /// Right to left (Arabic): the card starts at the anchor's right edge and extends leftwards.
    #[default]
    Rtl,
    /// Left to right: the card starts at the anchor's left edge and extends rightwards.
    Ltr,
}

/// Which side of the anchor line the card is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Side {
    /// Below the line (the default: the reader's eye continues downwards).
    #[default]
    Below,
    /// Above the line.
    Above,
}

impl Side {
    /// `below` or `above`, as used in the card's `data-side` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Side::Below => "below",
            Side::Above => "above",
        }
    }

    fn opposite(self) -> Side {
        match self {
            Side::Below => Side::Above,
            Side::Above => Side::Below,
        }
    }
}

/// What [`place`] needs to know.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacementInput<'a> {
    /// The anchor's line boxes, in document order: one per line when a name wraps.
    pub lines: &'a [Rect],
    /// The pointer position when the card was opened by a pointer; `None` for keyboard focus,
    /// which anchors to the first line.
    pub pointer: Option<(f64, f64)>,
    /// The card's measured width.
    pub card_width: f64,
    /// The card's measured (natural) height.
    pub card_height: f64,
    /// The visible area.
    pub viewport: Rect,
    /// Minimum distance between the card and the viewport's edges.
    pub margin: f64,
    /// Distance between the anchor line and the card (room for the arrow).
    pub gap: f64,
    /// Minimum distance between the arrow's centre and the card's side edges, so the arrow
    /// never sits on a rounded corner.
    pub arrow_padding: f64,
    /// Text direction at the anchor.
    pub direction: Direction,
    /// The side to use when it has room.
    pub preferred: Side,
}

/// Where the card goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    /// The card's left edge.
    pub left: f64,
    /// The card's top edge.
    pub top: f64,
    /// The side actually used.
    pub side: Side,
    /// The arrow's centre, in pixels from the card's left edge.
    pub arrow_x: f64,
    /// The height the card may take: its natural height when that fits on the chosen side,
    /// otherwise the room there (the card then scrolls inside rather than covering the anchor).
    pub max_height: f64,
    /// Index of the anchor line the card is attached to.
    pub line: usize,
}

/// A length for CSS, to the hundredth of a pixel (`-3.25px`). Written with integers: `f64`'s
/// `Display` would bring Rust's float formatting (about 20 KB) into the `.wasm` for four lengths.
pub fn css_px(v: f64) -> String {
    let hundredths = (v.abs() * 100.0).round() as u64;
    let sign = if v < 0.0 && hundredths > 0 { "-" } else { "" };
    match hundredths % 100 {
        0 => format!("{sign}{}px", hundredths / 100),
        f if f % 10 == 0 => format!("{sign}{}.{}px", hundredths / 100, f / 10),
        f => format!("{sign}{}.{f:02}px", hundredths / 100),
    }
}

/// The line the card attaches to: the one under the pointer (or, when the pointer is between
/// lines, the vertically nearest), or the first line when there is no pointer.
pub fn choose_line(lines: &[Rect], pointer: Option<(f64, f64)>) -> Option<usize> {
    if lines.is_empty() {
        return None;
    }
    let Some((x, y)) = pointer else { return Some(0) };
    if let Some(i) = lines.iter().position(|r| r.contains(x, y)) {
        return Some(i);
    }
    let distance = |r: &Rect| {
        let dy = if y < r.top { r.top - y } else if y > r.bottom() { y - r.bottom() } else { 0.0 };
        let dx = if x < r.left { r.left - x } else if x > r.right() { x - r.right() } else { 0.0 };
        (dy, dx)
    };
    (0..lines.len()).min_by(|&a, &b| distance(&lines[a]).partial_cmp(&distance(&lines[b])).unwrap_or(std::cmp::Ordering::Equal))
}

/// Computes where the card goes, or `None` when it should be hidden: no anchor lines, or the
/// chosen line lies entirely outside the viewport (scrolled away).
pub fn place(input: &PlacementInput<'_>) -> Option<Placement> {
    let line_index = choose_line(input.lines, input.pointer)?;
    let line = input.lines[line_index];
    let vp = input.viewport;
    let visible = line.right() > vp.left && line.left < vp.right() && line.bottom() > vp.top && line.top < vp.bottom();
    if !visible {
        return None;
    }
    let inner = vp.inset(input.margin);

    // Main axis: offset, then flip when the preferred side has no room, else take the roomier.
    // A line inside the margin band pushes the card's near edge to the band's edge, further
    // from the line, never onto it.
    let below_start = (line.bottom() + input.gap).max(inner.top);
    let above_end = (line.top - input.gap).min(inner.bottom());
    let room = |side: Side| match side {
        Side::Below => inner.bottom() - below_start,
        Side::Above => above_end - inner.top,
    };
    let preferred = input.preferred;
    let (h, opposite) = (input.card_height, preferred.opposite());
    let keep = room(preferred) >= h || (room(opposite) < h && room(opposite) <= room(preferred));
    let side = if keep { preferred } else { opposite };
    let max_height = input.card_height.min(room(side).max(0.0));
    let top = match side {
        Side::Below => below_start,
        Side::Above => above_end - max_height,
    };

    // Cross axis: start-align in the reading direction, mirror at the edge, then shift inside.
    let w = input.card_width;
    let start_aligned = match input.direction {
        Direction::Rtl => line.right() - w,
        Direction::Ltr => line.left,
    };
    let mirrored = match input.direction {
        Direction::Rtl => line.left,
        Direction::Ltr => line.right() - w,
    };
    let fits = |left: f64| left >= inner.left && left + w <= inner.right();
    let left = if fits(start_aligned) {
        start_aligned
    } else if fits(mirrored) {
        mirrored
    } else if w > inner.width {
        // Wider than the room: keep the reading-start edge visible.
        match input.direction {
            Direction::Rtl => inner.right() - w,
            Direction::Ltr => inner.left,
        }
    } else {
        start_aligned.clamp(inner.left, inner.right() - w)
    };

    // The arrow points at the middle of the part of the line the card spans.
    let span_left = line.left.max(left);
    let span_right = line.right().min(left + w);
    let target = if span_left <= span_right { (span_left + span_right) / 2.0 } else { line.left + line.width / 2.0 };
    let pad = input.arrow_padding.min(w / 2.0);
    let arrow_x = (target - left).clamp(pad, w - pad);

    Some(Placement { left, top, side, arrow_x, max_height, line: line_index })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_lengths_are_exact_to_the_hundredth() {
        for (v, css) in [(0.0, "0px"), (12.0, "12px"), (12.5, "12.5px"), (-3.25, "-3.25px"), (0.004, "0px"), (-0.004, "0px"), (7.05, "7.05px"), (1e6, "1000000px")] {
            assert_eq!(css_px(v), css, "{v}");
        }
    }
    use proptest::prelude::*;

    fn input<'a>(lines: &'a [Rect], direction: Direction) -> PlacementInput<'a> {
        PlacementInput {
            lines,
            pointer: None,
            card_width: 300.0,
            card_height: 150.0,
            viewport: Rect::new(0.0, 0.0, 1000.0, 800.0),
            margin: 8.0,
            gap: 8.0,
            arrow_padding: 16.0,
            direction,
            preferred: Side::Below,
        }
    }

    #[test]
    fn rtl_card_starts_at_the_anchors_right_edge_below_it() {
        let lines = [Rect::new(500.0, 100.0, 80.0, 20.0)];
        let p = place(&input(&lines, Direction::Rtl)).unwrap();
        assert_eq!(p.side, Side::Below);
        assert_eq!(p.top, 128.0);
        assert_eq!(p.left + 300.0, 580.0, "card's right edge on the anchor's right edge");
        assert_eq!(p.arrow_x, 300.0 - 40.0, "arrow under the anchor's middle");
    }

    #[test]
    fn ltr_card_starts_at_the_anchors_left_edge() {
        let lines = [Rect::new(500.0, 100.0, 80.0, 20.0)];
        let p = place(&input(&lines, Direction::Ltr)).unwrap();
        assert_eq!(p.left, 500.0);
        assert_eq!(p.arrow_x, 40.0);
    }

    #[test]
    fn rtl_card_mirrors_at_the_left_edge() {
        let lines = [Rect::new(20.0, 100.0, 80.0, 20.0)];
        let p = place(&input(&lines, Direction::Rtl)).unwrap();
        assert_eq!(p.left, 20.0, "extends rightwards from the anchor's left edge instead");
    }

    #[test]
    fn ltr_card_mirrors_at_the_right_edge() {
        let lines = [Rect::new(900.0, 100.0, 80.0, 20.0)];
        let p = place(&input(&lines, Direction::Ltr)).unwrap();
        assert_eq!(p.left + 300.0, 980.0);
    }

    #[test]
    fn card_shifts_inside_when_neither_alignment_fits() {
        let lines = [Rect::new(0.0, 100.0, 30.0, 20.0)];
        let mut i = input(&lines, Direction::Rtl);
        i.card_width = 300.0;
        let p = place(&i).unwrap();
        assert_eq!(p.left, 8.0, "kept a margin from the edge");
        assert_eq!(p.arrow_x, 16.0, "the arrow stays off the rounded corner");
    }

    #[test]
    fn card_flips_above_near_the_bottom() {
        let lines = [Rect::new(500.0, 700.0, 80.0, 20.0)];
        let p = place(&input(&lines, Direction::Rtl)).unwrap();
        assert_eq!(p.side, Side::Above);
        assert_eq!(p.top, 700.0 - 8.0 - 150.0);
        assert_eq!(p.max_height, 150.0);
    }

    #[test]
    fn card_takes_the_roomier_side_and_limits_its_height_when_neither_fits() {
        let lines = [Rect::new(500.0, 300.0, 80.0, 20.0)];
        let mut i = input(&lines, Direction::Rtl);
        i.card_height = 600.0;
        let p = place(&i).unwrap();
        assert_eq!(p.side, Side::Below, "464 px below against 284 px above");
        assert_eq!(p.max_height, 800.0 - 8.0 - 328.0);
        assert_eq!(p.top, 328.0);
    }

    #[test]
    fn hidden_when_the_anchor_scrolled_out() {
        let lines = [Rect::new(500.0, -40.0, 80.0, 20.0)];
        assert_eq!(place(&input(&lines, Direction::Rtl)), None);
        let lines = [Rect::new(500.0, 900.0, 80.0, 20.0)];
        assert_eq!(place(&input(&lines, Direction::Rtl)), None);
        assert_eq!(place(&input(&[], Direction::Rtl)), None);
    }

    #[test]
    fn a_wrapped_name_anchors_to_the_hovered_line() {
        // An RTL name wrapped across two lines: its end on the left of line 1, its rest on the
        // right of line 2.
        let lines = [Rect::new(40.0, 100.0, 60.0, 20.0), Rect::new(900.0, 124.0, 60.0, 20.0)];
        let mut i = input(&lines, Direction::Rtl);
        i.pointer = Some((930.0, 130.0));
        let p = place(&i).unwrap();
        assert_eq!(p.line, 1);
        assert_eq!(p.top, 152.0);
        assert_eq!(p.left + 300.0, 960.0);
        i.pointer = Some((60.0, 110.0));
        let p = place(&i).unwrap();
        assert_eq!(p.line, 0);
        assert_eq!(p.top, 128.0);
        i.pointer = None;
        assert_eq!(place(&i).unwrap().line, 0, "keyboard focus takes the first line");
    }

    #[test]
    fn pointer_between_lines_takes_the_nearest() {
        let lines = [Rect::new(40.0, 100.0, 60.0, 20.0), Rect::new(900.0, 124.0, 60.0, 20.0)];
        assert_eq!(choose_line(&lines, Some((920.0, 122.5))), Some(1));
        assert_eq!(choose_line(&lines, Some((50.0, 121.0))), Some(0));
    }

    fn mirror(r: Rect, vp: Rect) -> Rect {
        Rect::new(vp.left + vp.right() - r.right(), r.top, r.width, r.height)
    }

    prop_compose! {
        fn scene()(vw in 240.0..2000.0f64, vh in 240.0..1600.0f64, vx in -50.0..50.0f64, vy in -50.0..50.0f64,
                   margin in 0.0..24.0f64, gap in 0.0..16.0f64, rtl in any::<bool>(), above in any::<bool>())
                  (lw in 1.0..(vw / 2.0), lh in 8.0..60.0f64, fx in 0.0..1.0f64, fy in 0.0..1.0f64,
                   cw in 40.0..(vw - 2.0 * margin), ch in 20.0..(vh / 2.0 - 60.0), vw in Just(vw), vh in Just(vh),
                   vx in Just(vx), vy in Just(vy), margin in Just(margin), gap in Just(gap), rtl in Just(rtl), above in Just(above))
                  -> (Rect, Rect, f64, f64, f64, f64, Direction, Side) {
            let vp = Rect::new(vx, vy, vw, vh);
            let line = Rect::new(vx + fx * (vw - lw), vy + fy * (vh - lh), lw, lh);
            (vp, line, cw, ch, margin, gap, if rtl { Direction::Rtl } else { Direction::Ltr }, if above { Side::Above } else { Side::Below })
        }
    }

    proptest! {
        #[test]
        fn a_card_that_fits_is_inside_the_viewport_and_off_the_anchor(
            (vp, line, cw, ch, margin, gap, direction, preferred) in scene()
        ) {
            let inner = vp.inset(margin);
            // Fits: the card has the room between the line (plus the gap) and the inset edge.
            let fits_below = inner.bottom() - (line.bottom() + gap).max(inner.top) >= ch;
            let fits_above = (line.top - gap).min(inner.bottom()) - inner.top >= ch;
            prop_assume!(fits_below || fits_above);
            let lines = [line];
            let p = place(&PlacementInput {
                lines: &lines, pointer: None, card_width: cw, card_height: ch, viewport: vp, margin, gap,
                arrow_padding: 12.0, direction, preferred,
            }).expect("anchor is visible");
            let card = Rect::new(p.left, p.top, cw, p.max_height);
            let eps = 1e-6;
            prop_assert_eq!(p.max_height, ch, "the whole card fits");
            prop_assert!(card.left >= inner.left - eps && card.right() <= inner.right() + eps, "{:?} in {:?}", card, inner);
            prop_assert!(card.top >= inner.top - eps && card.bottom() <= inner.bottom() + eps, "{:?} in {:?}", card, inner);
            prop_assert!(!card.overlaps(&line), "{:?} covers {:?}", card, line);
            if (preferred == Side::Below && fits_below) || (preferred == Side::Above && fits_above) {
                prop_assert_eq!(p.side, preferred);
            }
            prop_assert!(p.arrow_x >= 0.0 && p.arrow_x <= cw);
        }

        #[test]
        fn a_card_that_does_not_fit_still_stays_inside_and_off_the_anchor(
            (vp, line, cw, ch, margin, gap, direction, preferred) in scene(), extra in 1.0..2000.0f64
        ) {
            let lines = [line];
            let p = place(&PlacementInput {
                lines: &lines, pointer: None, card_width: cw, card_height: ch + extra, viewport: vp, margin, gap,
                arrow_padding: 12.0, direction, preferred,
            }).expect("anchor is visible");
            let card = Rect::new(p.left, p.top, cw, p.max_height);
            let inner = vp.inset(margin);
            prop_assert!(p.max_height <= ch + extra);
            prop_assert!(card.left >= inner.left - 1e-6 && card.right() <= inner.right() + 1e-6);
            prop_assert!(!card.overlaps(&line), "{:?} covers {:?}", card, line);
        }

        #[test]
        fn the_card_sits_beside_the_line_under_the_pointer(
            (vp, _line, cw, ch, margin, gap, direction, preferred) in scene(),
            tops in proptest::collection::vec(0.0..1.0f64, 1..4), pick in 0usize..4, fx in 0.0..1.0f64
        ) {
            // A wrapped name: one box per line, 24 px lines stacked from a random height.
            let lh = 20.0;
            let first = vp.top + tops[0] * (vp.height - 4.0 * 24.0).max(0.0);
            let lines: Vec<Rect> = (0..tops.len())
                .map(|i| Rect::new(vp.left + tops[i] * (vp.width - 60.0), first + 24.0 * i as f64, 60.0, lh))
                .collect();
            let i = pick % lines.len();
            let pointer = (lines[i].left + fx * lines[i].width, lines[i].top + lh / 2.0);
            let p = place(&PlacementInput {
                lines: &lines, pointer: Some(pointer), card_width: cw, card_height: ch, viewport: vp, margin, gap,
                arrow_padding: 12.0, direction, preferred,
            }).expect("line is visible");
            prop_assert_eq!(p.line, i);
            let card = Rect::new(p.left, p.top, cw, p.max_height);
            prop_assert!(!card.overlaps(&lines[i]), "{:?} covers the pointed line {:?}", card, lines[i]);
            let beside = match p.side {
                Side::Below => (p.top - lines[i].bottom() - gap).abs() < 1e-6 || p.top == vp.inset(margin).top,
                Side::Above => (lines[i].top - gap - (p.top + p.max_height)).abs() < 1e-6 || p.top + p.max_height == vp.inset(margin).bottom(),
            };
            prop_assert!(beside, "card {:?} ({:?}) not beside line {:?}", card, p.side, lines[i]);
        }

        #[test]
        fn rtl_is_the_mirror_image_of_ltr((vp, line, cw, ch, margin, gap, _d, preferred) in scene()) {
            let base = |direction, line| {
                let lines = [line];
                place(&PlacementInput {
                    lines: &lines, pointer: None, card_width: cw, card_height: ch, viewport: vp, margin, gap,
                    arrow_padding: 12.0, direction, preferred,
                }).unwrap()
            };
            let rtl = base(Direction::Rtl, line);
            let ltr = base(Direction::Ltr, mirror(line, vp));
            let ltr_card = mirror(Rect::new(ltr.left, ltr.top, cw, ch), vp);
            prop_assert!((rtl.left - ltr_card.left).abs() < 1e-6, "{} vs {}", rtl.left, ltr_card.left);
            prop_assert_eq!(rtl.top, ltr.top);
            prop_assert!((rtl.arrow_x - (cw - ltr.arrow_x)).abs() < 1e-6);
        }

        #[test]
        fn an_anchor_outside_the_viewport_hides_the_card(
            (vp, line, cw, ch, margin, gap, direction, preferred) in scene(), dy in 0.0..500.0f64
        ) {
            let gone = Rect::new(line.left, vp.bottom() + dy, line.width, line.height);
            let lines = [gone];
            prop_assert_eq!(place(&PlacementInput {
                lines: &lines, pointer: None, card_width: cw, card_height: ch, viewport: vp, margin, gap,
                arrow_padding: 12.0, direction, preferred,
            }), None);
        }
    }
}
