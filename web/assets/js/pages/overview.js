// Overview: the headline findings of the report (/api/report), each linking
// to its evidence; what the record holds; the whole report, section by section.
import { h, s, fmtNum } from '../dom.js';
import { api, state, href } from '../api.js';
import { t, stageName, STAGES, getLang } from '../i18n.js';
import { pageHead, section } from '../ui.js';
import { stackedBar, stageLegend } from '../charts.js';
import { table } from '../table.js';

// Where a report anchor or a headline's evidence leads.
function evidencePath(ev) {
    if (!ev) return null;
    if (ev.startsWith('ins-')) return href('/instrument/' + ev);
    if (ev.startsWith('prj-')) return href('/project/' + ev);
    const pages = { status: '/projects', programmes: '/programmes', contradictions: '/contradictions',
        slippage: '/slippage', carryover: '/carryover', regions: '/regions', risks: '/risks', inflation: '/inflation' };
    if (ev === 'contradictions') return href('/contradictions', { official_ahead: 'true' });
    // the headline counts opponents at any time (amur report: risks --ever)
    if (ev === 'risks') return href('/risks', { ever: 'true' });
    return pages[ev] ? href(pages[ev]) : null;
}

const STAGE_WORDS = { 'no evidence': 'unknown' };

export async function render(view) {
    // the report's title, section titles and headlines in the chosen language
    const report = await api('report', { lang: getLang() });
    const counts = (state.summary && state.summary.counts) || {};
    view.appendChild(pageHead(t('ov.title'),
        t('ov.lead', counts.claims ?? '…', counts.sources ?? '…')));

    // headline findings
    const blocks = report.blocks;
    const sections = [];
    let cur = null;
    for (const b of blocks) {
        if (b.kind === 'heading' && b.level === 1) { cur = { head: b, blocks: [] }; sections.push(cur); }
        else if (cur) cur.blocks.push(b);
    }
    const head = sections.find(x => x.head.anchor === 'headlines');
    if (head) {
        const items = head.blocks.filter(b => b.kind === 'item');
        view.appendChild(section(t('ov.headlines'), h('ol', { class: 'headlines' }, items.map(b => {
            const to = evidencePath(b.evidence);
            return h('li', { class: 'headline' }, [
                h('p', null, b.text),
                to ? h('a', { href: to, class: 'evidence' }, t('ov.evidence') + ' →') : null,
            ]);
        })), { id: 'headlines' }));
    }

    // counts
    const tiles = [
        ['projects', '/projects'], ['instruments', '/programmes'], ['claims', '/claims'],
        ['sources', '/claims'], ['places', '/map'], ['actors', null], ['indicators', '/regions'],
    ];
    view.appendChild(section(t('ov.counts'), h('ul', { class: 'tiles' }, tiles.map(([k, p]) => {
        const body = [h('span', { class: 'tile-n' }, counts[k] ?? '—'), h('span', { class: 'tile-l' }, t('count.' + k))];
        return h('li', null, p ? h('a', { href: href(p), class: 'tile' }, body) : h('span', { class: 'tile' }, body));
    }))));

    // where each project stands: one bar, each segment opening those projects
    const status = sections.find(x => x.head.anchor === 'status');
    const statusTable = status && status.blocks.find(b => b.kind === 'table');
    if (statusTable) {
        const by = {};
        for (const r of statusTable.rows) {
            const st = STAGE_WORDS[r.stage] || r.stage;
            by[st] = (by[st] || 0) + 1;
        }
        const keys = [...STAGES, 'unknown'].filter(k => by[k]);
        const para = status.blocks.find(b => b.kind === 'paragraph');
        view.appendChild(section(t('ov.status'), [
            para ? h('p', null, para.text) : null,
            stackedBar(keys.map(k => ({ key: k, value: by[k], label: stageName(k),
                href: href('/projects', { stage: k === 'unknown' ? 'unknown' : k }) })),
            { height: 34, label: t('pg.byStage') }),
            stageLegend(keys),
        ], { id: 'status' }));
    }

    // the whole report, one collapsible section each
    const rest = sections.filter(x => x.head.anchor !== 'headlines');
    view.appendChild(section(t('ov.report'), rest.map(sec => {
        const to = evidencePath(sec.head.anchor);
        return h('details', { class: 'report-section', id: 'r-' + sec.head.anchor }, [
            h('summary', null, sec.head.text),
            to ? h('p', { class: 'open-page' }, h('a', { href: to }, t('ov.openPage') + ' →')) : null,
            blocksView(sec.blocks),
        ]);
    }), { id: 'report' }));
}

function blocksView(blocks) {
    const out = [];
    let list = null;
    for (const b of blocks) {
        if (b.kind !== 'item') list = null;
        switch (b.kind) {
        case 'heading': {
            const to = evidencePath(b.anchor);
            out.push(h('h3', null, to ? h('a', { href: to }, b.text) : b.text));
            break;
        }
        case 'paragraph': out.push(h('p', null, b.text)); break;
        case 'item':
            if (!list) { list = h('ul', { class: 'report-items' }); out.push(list); }
            list.appendChild(h('li', null, linked(b.text)));
            break;
        case 'table': {
            // a report in ru or zh carries its words beside the keys and values
            // that stay English ("shown": the heads, then each row's cells);
            // the downloads keep the stable keys and values
            const words = b.shown ? new Map(b.rows.map((r, i) => [r, b.shown[i + 1]])) : null;
            out.push(table(b.rows, b.columns.map((c, k) => ({ key: c, label: words ? b.shown[0][k] : c,
                value: r => (words ? words.get(r)[k] : r[c]) ?? '' })), { name: 'amur-report-' + b.id }));
            break;
        }
        case 'bars': out.push(barsView(b)); break;
        default: break;
        }
    }
    return out;
}

// A report line with its web addresses as links (the bibliography's).
function linked(text) {
    const out = [];
    let last = 0;
    for (const m of text.matchAll(/https?:\/\/[^\s)\]"<]+[^\s)\]"<.,]/g)) {
        out.push(text.slice(last, m.index), h('a', { href: m[0], class: 'ext', rel: 'noopener noreferrer' }, m[0]));
        last = m.index + m[0].length;
    }
    out.push(text.slice(last));
    return out;
}

function barsView(b) {
    const max = Math.max(1, ...b.bars.map(x => x.max ?? x.value));
    const rowH = 22, w = 520, lw = 150;
    const g = s('svg', { viewBox: `0 0 ${w} ${b.bars.length * rowH + 6}`, class: 'chart bars', role: 'img', 'aria-label': b.text });
    b.bars.forEach((bar, i) => {
        const y = i * rowH + 3;
        g.appendChild(s('text', { x: lw - 8, y: y + 14, 'text-anchor': 'end', class: 'tick' }, bar.shown ?? bar.label));
        g.appendChild(s('rect', { x: lw, y, width: Math.max(1, (bar.value / max) * (w - lw - 60)), height: rowH - 6, rx: 3, class: 'bar' }));
        g.appendChild(s('text', { x: lw + (bar.value / max) * (w - lw - 60) + 6, y: y + 14, class: 'tick' },
            fmtNum(bar.value, 1) + (b.shown_unit ?? b.unit ?? '')));
    });
    return h('figure', { class: 'report-bars' }, [h('figcaption', null, b.text), g]);
}
