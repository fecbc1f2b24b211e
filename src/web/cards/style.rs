//! The card's stylesheet, adopted by its shadow root only: nothing here can reach the page, and
//! the page's rules cannot reach inside (only inherited custom properties cross, by design).
//!
//! Publishers theme the card with custom properties set on the page (`:root` or any ancestor
//! of `body`): `--lamha-accent` (links, buttons, the top rule), `--lamha-card-bg`,
//! `--lamha-card-fg`, `--lamha-card-muted`, `--lamha-card-border`, `--lamha-card-font`,
//! `--lamha-card-radius`, `--lamha-card-width`. The `theme` setting (`light`, `dark`, `auto`)
//! picks the built-in defaults; `auto` follows `prefers-color-scheme`.

/// The stylesheet text.
pub const CARD_CSS: &str = r#"
:host{all:initial;position:fixed;inset:0 auto auto 0;width:0;height:0;z-index:2147483000;
  --bg:var(--lamha-card-bg,#fff);--fg:var(--lamha-card-fg,#1f2937);--muted:var(--lamha-card-muted,#4b5563);
  --border:var(--lamha-card-border,#d1d5db);--accent:var(--lamha-accent,#1d4ed8);--shadow:0 8px 28px rgba(0,0,0,.18)}
:host([hidden]){display:none}
:host([data-theme=dark]){--bg:var(--lamha-card-bg,#1f2937);--fg:var(--lamha-card-fg,#f3f4f6);--muted:var(--lamha-card-muted,#d1d5db);
  --border:var(--lamha-card-border,#4b5563);--accent:var(--lamha-accent,#93c5fd);--shadow:0 8px 28px rgba(0,0,0,.5)}
@media (prefers-color-scheme:dark){:host([data-theme=auto]){--bg:var(--lamha-card-bg,#1f2937);--fg:var(--lamha-card-fg,#f3f4f6);
  --muted:var(--lamha-card-muted,#d1d5db);--border:var(--lamha-card-border,#4b5563);--accent:var(--lamha-accent,#93c5fd);--shadow:0 8px 28px rgba(0,0,0,.5)}}
.card{position:fixed;box-sizing:border-box;width:var(--lamha-card-width,320px);max-width:calc(100vw - 16px);display:flex;flex-direction:column;
  background:var(--bg);color:var(--fg);border:1px solid var(--border);border-top:3px solid var(--accent);
  border-radius:var(--lamha-card-radius,10px);box-shadow:var(--shadow);padding:12px 14px;
  font:14px/1.55 var(--lamha-card-font,system-ui,"Noto Sans Arabic","Noto Naskh Arabic","Segoe UI",Tahoma,sans-serif);
  text-align:start;animation:lamha-in .12s ease-out}
.card[data-out]{visibility:hidden}
.body{overflow:auto;min-height:0}
@keyframes lamha-in{from{transform:translateY(var(--lamha-in-y,4px))}to{transform:none}}
.card[data-side=above]{--lamha-in-y:-4px}
@media (prefers-reduced-motion:reduce){.card{animation:none}}
.arrow{position:absolute;width:10px;height:10px;background:var(--bg);border:1px solid var(--border);
  left:calc(var(--lamha-arrow-x,50%) - 6px);transform:rotate(45deg)}
.card[data-side=below] .arrow{top:-8px;border-width:1px 0 0 1px;background:var(--accent);border-color:var(--accent)}
.card[data-side=above] .arrow{bottom:-6px;border-width:0 1px 1px 0}
div.head{display:flex;gap:10px;align-items:flex-start}
.portrait{width:56px;height:56px;flex:none;border-radius:8px;object-fit:cover;background:var(--border)}
.heading{min-width:0}
.title{margin:0;font-size:16px;font-weight:700;line-height:1.4}
.flag{margin-inline-end:6px}
.latin{display:block;color:var(--muted);font-size:13px}
.kind{display:inline-block;margin-top:2px;color:var(--muted);font-size:12px}
.description{margin:8px 0 0;color:var(--fg)}
dl{margin:8px 0 0;display:grid;grid-template-columns:auto 1fr;gap:2px 10px}
dl>div{display:contents}
dt{color:var(--muted);white-space:nowrap}
dd{margin:0}
.people-label{margin:8px 0 2px;color:var(--muted)}
ul{margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:4px 8px}
button,a{font:inherit;color:var(--accent)}
button{background:none;border:0;padding:0;cursor:pointer;text-decoration:underline;text-underline-offset:3px}
div.foot{margin-top:10px;display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center}
.as-of{margin:6px 0 0;color:var(--muted);font-size:12px}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px;border-radius:3px}
"#;
