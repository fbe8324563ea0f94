/**
 * The one stylesheet, inlined in every page and allowed by its hash in the
 * CSP. Colours meet WCAG AA contrast (4.5:1) for their text; nothing is said
 * by colour alone (numbers and words carry the meaning).
 */
export const STYLE = `
:root{--fg:#1f2328;--muted:#57606a;--bg:#fff;--line:#d0d7de;--good:#116329;--bad:#a40e26;--focus:#0550ae}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
header nav{padding:.75rem 0;border-bottom:1px solid var(--line)}
footer{color:var(--muted);font-size:.875rem;border-top:1px solid var(--line);margin-top:2rem}
h1{font-size:1.6rem;margin:1rem 0 .25rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1rem 0 .25rem}
a{color:var(--focus)}
a:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem;z-index:2}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9375rem}
caption{text-align:left;font-weight:600;padding:.25rem 0;color:var(--muted)}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:#f6f8fa}
code{font:.875em ui-monospace,SFMono-Regular,Menlo,monospace;overflow-wrap:anywhere}
.none{color:var(--muted)}
.num{font-variant-numeric:tabular-nums;font-weight:600}
.good{color:var(--good)}
.bad{color:var(--bad)}
progress{width:8rem;height:1rem;vertical-align:middle;accent-color:var(--good)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:1rem}
.card{border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem}
.card h2{border:0;margin:0 0 .5rem}
.card dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .75rem;margin:0}
.card dt{color:var(--muted)}
.card dd{margin:0}
.matrix td,.matrix th{text-align:center;min-width:3rem}
.matrix td a{position:relative;display:block;color:inherit;font-weight:700;text-decoration:none;padding:.2rem}
.matrix .self{background:#f6f8fa;color:var(--muted)}
.h0{background:#fff;color:var(--muted)}
.h1{background:#ffebe9;color:#82071e}
.h2{background:#ffcecb;color:#82071e}
.h3{background:#ff8182;color:#1f2328}
.h4{background:#a40e26;color:#fff}
.legend span[class^="h"]{display:inline-block;min-width:2.5rem;text-align:center;border:1px solid var(--line)}
.tip{visibility:hidden;position:absolute;left:50%;top:100%;transform:translateX(-50%);z-index:1;background:#1f2328;color:#fff;font-weight:400;font-size:.8125rem;padding:.4rem .6rem;border-radius:4px;white-space:nowrap;text-align:left}
.matrix td a:hover .tip,.matrix td a:focus .tip{visibility:visible}
.conflict{border-left:4px solid var(--line);padding-left:.75rem;margin:1rem 0}
.conflict:target{border-left-color:var(--bad);background:#fff8f7}
svg.timeline{width:100%;min-width:36rem;max-width:48rem;height:auto;border:1px solid var(--line);background:#f6f8fa}
svg.timeline text{font-size:12px;fill:var(--fg)}
svg.timeline .axis line{stroke:var(--muted);stroke-width:1}
svg.timeline .tick line{stroke:var(--line)}
.bounded{max-height:32rem;overflow:auto;border:1px solid var(--line);padding:0 .5rem}
.repeat{color:var(--muted)}
.blockers{margin:.25rem 0 0;padding-left:1.1rem;font-size:.875rem}
svg .open{fill:#cf222e;stroke:#1f2328;stroke-width:1;stroke-dasharray:3 2}
svg .resolved{fill:#8c959f}
.key{display:inline-block;width:1rem;height:.75rem;vertical-align:middle}
.key.open{background:#cf222e;border:1px dashed #1f2328}
.key.resolved{background:#8c959f}
svg.div{width:8rem;height:1rem;vertical-align:middle}
svg.div .ahead{fill:#1a7f37}
svg.div .behind{fill:#bc4c00}
svg.div line{stroke:#1f2328}
figure.chart{margin:.5rem 0 1rem;max-width:40rem}
svg.chart{display:block;width:100%;height:auto;border:1px solid var(--line);background:#fff}
svg.chart text{font-size:11px;fill:var(--fg)}
svg.chart .bar text{font-size:9px}
svg.chart .axis line{stroke:var(--muted);stroke-width:1}
svg.chart .tick line{stroke:var(--line);stroke-dasharray:2 3}
svg.chart .line{fill:none;stroke-width:2;stroke-linejoin:round}
svg.chart .bar rect{fill:#0969da}
.legend{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.875rem}
.legend .key{display:inline-block;width:1.25rem;height:0;border-top-width:3px;vertical-align:middle}
.s-scope{stroke:#57606a;stroke-dasharray:5 3}
.legend .k-scope{border-color:#57606a;border-top-style:dashed}
.s-done{stroke:#1a7f37}
.legend .k-done{border-top-style:solid;border-color:#1a7f37}
.s-merged{stroke:#0550ae;stroke-dasharray:2 2}
.legend .k-merged{border-color:#0550ae;border-top-style:dotted}
.s-open{stroke:#cf222e}
.legend .k-open{border-top-style:solid;border-color:#cf222e}
.s-a0{stroke:#0550ae}
.legend .k-a0{border-top-style:solid;border-color:#0550ae}
.s-a1{stroke:#bc4c00;stroke-dasharray:6 3}
.legend .k-a1{border-color:#bc4c00;border-top-style:dashed}
.s-a2{stroke:#1a7f37;stroke-dasharray:2 2}
.legend .k-a2{border-color:#1a7f37;border-top-style:dotted}
.s-a3{stroke:#8250df}
.legend .k-a3{border-top-style:solid;border-color:#8250df}
.s-a4{stroke:#cf222e;stroke-dasharray:6 3}
.legend .k-a4{border-color:#cf222e;border-top-style:dashed}
.s-a5{stroke:#57606a;stroke-dasharray:2 2}
.legend .k-a5{border-color:#57606a;border-top-style:dotted}
details summary{cursor:pointer;color:var(--focus)}
@media (max-width:40rem){body{font-size:15px}th,td{padding:.25rem .35rem}progress{width:5rem}}
`.trim()
