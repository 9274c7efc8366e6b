"""The report's inline stylesheet and script (no external resources, so it works e-mailed)."""
# ruff: noqa: E501  (the stylesheet and script are data, kept one rule per line)

from __future__ import annotations

from pvflag.findings import ASSERTIONS, SPECIAL_SITUATION_CATEGORIES

__all__ = ["FILTER_CATEGORIES", "SCRIPT", "STYLE"]

# values of the category filter: adverse events, each special situation, drugs, record errors
FILTER_CATEGORIES: tuple[str, ...] = ("adverse_event", *SPECIAL_SITUATION_CATEGORIES, "drug", "error")


def _dim_rules() -> str:
    # Static rules for every filter value: no style is built at run time, so the page's
    # Content-Security-Policy can allow exactly this stylesheet and nothing else.
    rules = [f'#records[data-fcat="{c}"] mark:not([data-category="{c}"])' for c in FILTER_CATEGORIES] + [
        f'#records[data-fasr="{a}"] mark:not([data-assertion="{a}"])' for a in ASSERTIONS
    ]
    return (
        ",\n".join(rules)
        + " {background:transparent;border-bottom:1px dotted #767676;text-decoration:none;color:inherit}\n"
    )


STYLE = """
:root{--fg:#111;--muted:#4a4a4a;--bg:#fff;--line:#c8c8c8;--soft:#f4f4f5;--accent:#1d4ed8;
--ae:#fde0dd;--ae-b:#b42318;--ss:#fff1b8;--ss-b:#8a6100;--drug:#dbeafe;--drug-b:#1e40af;
--bad:#b42318;--bad-bg:#fde8e6;--warn:#8a4b00;--warn-bg:#fff4d6;--ok:#146c2e}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;color:var(--fg);background:var(--bg)}
body{margin:0}
.wrap{max-width:1200px;margin:0 auto;padding:0 1.25rem 3rem}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.25rem .5rem;z-index:9}
header.top{border-bottom:1px solid var(--line);padding:1rem 0 .5rem;margin-bottom:1rem}
header.top h1{margin:0;font-size:1.6rem}
.meta{color:var(--muted);margin:.25rem 0}
nav.toc ul{list-style:none;padding:0;margin:.5rem 0 0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
h2{font-size:1.3rem;border-bottom:2px solid var(--fg);padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin:1.25rem 0 .4rem}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:.6rem;margin:0;padding:0}
.cards div{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem;background:var(--soft)}
.cards dt{color:var(--muted);font-size:.85rem}.cards dd{margin:0;font-size:1.5rem;font-weight:700}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:1.5rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--soft)}
th[scope=row]{font-weight:600}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
details.problems>summary{cursor:pointer}details.problems>summary h3{display:inline}
.when{white-space:nowrap}
td code{overflow-wrap:anywhere;word-break:break-all;font-size:.8rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
svg.chart{width:100%;height:auto;max-width:560px;display:block;margin:.25rem 0 .75rem}
svg.chart text{font:12px system-ui,"DejaVu Sans",Arial,sans-serif;fill:#111}
.overdue{color:var(--bad);background:var(--bad-bg);font-weight:700}
.soon{color:var(--warn);background:var(--warn-bg);font-weight:600}
tr.late td,tr.late th{background:var(--bad-bg)}
.clocks{list-style:none;margin:0;padding:0}.clocks li{padding:.1rem .3rem;border-radius:4px;margin:.1rem 0}
.badge{display:inline-block;font-size:.75rem;font-weight:700;border-radius:3px;padding:0 .35rem;border:1px solid currentColor;margin-left:.3rem}
.b-rep{color:#0f4c81}.b-ser{color:var(--bad)}.b-err{color:#fff;background:var(--bad);border-color:var(--bad)}.b-ae{color:var(--ae-b)}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:end;padding:.6rem .75rem;background:var(--soft);border:1px solid var(--line);border-radius:6px;position:sticky;top:0;z-index:2}
form.filters label{display:flex;flex-direction:column;font-size:.85rem;color:var(--muted)}
form.filters label.inline{flex-direction:row;gap:.35rem;align-items:center;color:var(--fg)}
select,button,input{font:inherit}
select,button{padding:.2rem .4rem;border:1px solid #767676;border-radius:4px;background:#fff;color:var(--fg)}
button{cursor:pointer}
output{font-weight:600}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin:.6rem 0;padding:0;list-style:none;font-size:.9rem}
article.rec{border:1px solid var(--line);border-radius:6px;margin:.4rem 0;content-visibility:auto;contain-intrinsic-size:auto 2.4rem}
article.rec>details>summary{padding:.35rem .6rem;cursor:pointer;list-style-position:inside}
article.rec>details[open]>summary{border-bottom:1px solid var(--line);background:var(--soft)}
.rid{font-weight:700;font-family:ui-monospace,"DejaVu Sans Mono",monospace}
.chan{color:var(--muted);margin-left:.4rem}
.terms{color:var(--muted);margin-left:.4rem;font-size:.9rem}
.txt{white-space:pre-wrap;overflow-wrap:anywhere;margin:0;padding:.6rem .75rem;max-width:95ch;line-height:1.75}
.body{padding:0 0 .4rem}
ol.fl{margin:0 .75rem .5rem;padding:.3rem 0 0 1.6rem;font-size:.88rem;border-top:1px solid var(--line)}
ol.fl li{margin:.1rem 0}
ol.fl em{color:#4a4a4a}
.note{color:var(--muted);font-style:italic;padding:.3rem .75rem;margin:0}
.error{color:var(--bad);padding:.3rem .75rem;margin:0}
mark{color:inherit;border-radius:2px;padding:0 1px;border-bottom:2px solid}
mark[data-kind=adverse_event]{background:var(--ae);border-color:var(--ae-b)}
mark[data-kind=special_situation]{background:var(--ss);border-color:var(--ss-b);border-bottom-style:dashed}
mark[data-kind=drug]{background:var(--drug);border-color:var(--drug-b);border-bottom-style:dotted}
mark mark{padding:0}
mark.np{background:#ececec;color:#4a4a4a;border-color:#8a8a8a}
mark.neg{text-decoration:line-through;text-decoration-thickness:2px}
.k{font-size:.8rem;font-weight:700;white-space:nowrap}
.k-adverse_event{color:var(--ae-b)}.k-special_situation{color:var(--ss-b)}.k-drug{color:var(--drug-b)}
.empty{color:var(--muted)}
@media (max-width:700px){.grid2{grid-template-columns:1fr}}
@media print{
 html{font-size:11pt}
 .skip,nav.toc,form.filters,.no-print{display:none!important}
 .wrap{max-width:none;padding:0}
 article.rec{content-visibility:visible;break-inside:avoid}
 h2,h3{break-after:avoid}
 tr{break-inside:avoid}
 mark,.overdue,.badge,tr.late td,tr.late th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 a{color:inherit;text-decoration:none}
}
""" + _dim_rules()

PRINT_OPEN_UP_TO = 500

SCRIPT = """
(function(){
'use strict';
var PRINT_OPEN_UP_TO=__PRINT_OPEN_UP_TO__;
var form=document.getElementById('filters');
var box=document.getElementById('records');
if(!form||!box){return;}
var recs=box.querySelectorAll('article.rec');
var count=document.getElementById('shown');
function matches(rec,cat,asr,rep){
 if(rep&&rec.getAttribute('data-reportable')!=='1'){return false;}
 if(!cat&&!asr){return true;}
 var pairs=(rec.getAttribute('data-pairs')||'').split(' ');
 for(var i=0;i<pairs.length;i++){
  var p=pairs[i];if(!p){continue;}
  var k=p.indexOf(':');var c=p.slice(0,k),a=p.slice(k+1);
  if((!cat||c===cat)&&(!asr||a===asr)){return true;}
 }
 return false;
}
function apply(){
 var cat=form.elements.category.value,asr=form.elements.assertion.value,rep=form.elements.reportable.checked;
 var shown=0;
 for(var i=0;i<recs.length;i++){
  var ok=matches(recs[i],cat,asr,rep);
  if(recs[i].hidden===ok){recs[i].hidden=!ok;}
  if(ok){shown++;}
 }
 box.setAttribute('data-fcat',cat);box.setAttribute('data-fasr',asr);
 count.textContent=shown+' of '+recs.length+' records shown';
}
function expand(open){
 for(var i=0;i<recs.length;i++){
  if(!recs[i].hidden){var d=recs[i].firstElementChild;if(d&&d.open!==open){d.open=open;}}
 }
}
// Printing: closed records would print as one line each, so open the shown ones
// (unless there are so many that the print-out would run to thousands of pages).
var reopened=[];
window.addEventListener('beforeprint',function(){
 var ds=document.querySelectorAll('article.rec:not([hidden])>details:not([open]),details.problems:not([open])');
 if(ds.length>PRINT_OPEN_UP_TO){return;}
 for(var i=0;i<ds.length;i++){ds[i].open=true;reopened.push(ds[i]);}
});
window.addEventListener('afterprint',function(){
 for(var i=0;i<reopened.length;i++){reopened[i].open=false;}
 reopened=[];
});
form.addEventListener('change',apply);
form.addEventListener('submit',function(e){e.preventDefault();apply();});
document.getElementById('expand').addEventListener('click',function(){expand(true);});
document.getElementById('collapse').addEventListener('click',function(){expand(false);});
form.hidden=false;
apply();
})();
""".replace("__PRINT_OPEN_UP_TO__", str(PRINT_OPEN_UP_TO))
