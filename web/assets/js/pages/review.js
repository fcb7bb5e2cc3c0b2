// The review queue (#/review): each proposed claim (amur extract, stored by
// POST /api/proposals) beside the article's sentence and the project's
// current claims, with accept, edit-then-accept and reject. Reading and
// deciding need an editor's token, which the reviewer types in; it stays in
// this tab's sessionStorage and goes only to this server, in the
// Authorization header. Nothing here becomes a claim without a click.
import { h, clear } from '../dom.js';
import { api, state, href } from '../api.js';
import { t, propName, nameOf, addStrings } from '../i18n.js';
import { pageHead, tierBadge, quote, claimValue, link } from '../ui.js';

const TOKEN_KEY = 'amur.review.token';
const NAME_KEY = 'amur.review.name';
// The fields a reviewer may edit before accepting (the API's "set").
const EDITABLE = ['property', 'value', 'unit', 'scope', 'date', 'refers_to', 'quote'];

addStrings({
    en: {
        'nav.review': 'Review',
        'rv.title': 'Review proposed claims',
        'rv.lead': 'Claims proposed from news articles (amur extract) wait here. None becomes a claim until an editor accepts it; accepting checks it as a load does.',
        'rv.token': 'Editor token', 'rv.name': 'Your name', 'rv.show': 'Show the queue',
        'rv.tokenHelp': 'A token made by amur token new --role editor. It stays in this tab and is sent only to this server.',
        'rv.status': 'Status', 'rv.st.pending': 'pending', 'rv.st.accepted': 'accepted', 'rv.st.rejected': 'rejected',
        'rv.count': '{0} proposals', 'rv.none': 'No proposals with this status.',
        'rv.sentence': 'The article says', 'rv.proposed': 'Proposed claim', 'rv.current': 'Current claims of {0} on {1}',
        'rv.noCurrent': 'No claim of this project on this yet.', 'rv.others': '{0} other claims of this project',
        'rv.confidence': 'Confidence {0}', 'rv.newSource': 'new source: {0}', 'rv.source': 'Source',
        'rv.accept': 'Accept', 'rv.edit': 'Edit, then accept', 'rv.acceptEdited': 'Accept with these changes',
        'rv.reject': 'Reject', 'rv.reason': 'Why', 'rv.rejectConfirm': 'Reject with this reason',
        'rv.cancel': 'Cancel', 'rv.needName': 'Type your name first: it is kept with the decision.',
        'rv.accepted': 'Accepted by {0}: claim {1}', 'rv.rejected': 'Rejected by {0}: {1}',
        'rv.openClaim': 'See it on the project\'s page', 'rv.fail': 'Refused: {0}',
        'rv.unauthorized': 'The server refused the token: {0}',
    },
    ru: {
        'nav.review': 'Проверка',
        'rv.title': 'Проверка предложенных утверждений',
        'rv.lead': 'Здесь ждут утверждения, предложенные по новостным статьям (amur extract). Ни одно не станет утверждением, пока редактор его не примет; при приёме оно проверяется так же, как при загрузке.',
        'rv.token': 'Токен редактора', 'rv.name': 'Ваше имя', 'rv.show': 'Показать очередь',
        'rv.tokenHelp': 'Токен, созданный командой amur token new --role editor. Он остаётся в этой вкладке и отправляется только этому серверу.',
        'rv.status': 'Статус', 'rv.st.pending': 'ждут решения', 'rv.st.accepted': 'приняты', 'rv.st.rejected': 'отклонены',
        'rv.count': 'Предложений: {0}', 'rv.none': 'Предложений с таким статусом нет.',
        'rv.sentence': 'В статье сказано', 'rv.proposed': 'Предложенное утверждение', 'rv.current': 'Текущие утверждения о «{0}»: {1}',
        'rv.noCurrent': 'Об этом утверждений о проекте пока нет.', 'rv.others': 'Других утверждений о проекте: {0}',
        'rv.confidence': 'Уверенность {0}', 'rv.newSource': 'новый источник: {0}', 'rv.source': 'Источник',
        'rv.accept': 'Принять', 'rv.edit': 'Исправить и принять', 'rv.acceptEdited': 'Принять с исправлениями',
        'rv.reject': 'Отклонить', 'rv.reason': 'Причина', 'rv.rejectConfirm': 'Отклонить с этой причиной',
        'rv.cancel': 'Отмена', 'rv.needName': 'Сначала введите своё имя: оно сохраняется вместе с решением.',
        'rv.accepted': 'Принято ({0}): утверждение {1}', 'rv.rejected': 'Отклонено ({0}): {1}',
        'rv.openClaim': 'Открыть на странице проекта', 'rv.fail': 'Отказ: {0}',
        'rv.unauthorized': 'Сервер не принял токен: {0}',
    },
    zh: {
        'nav.review': '审核',
        'rv.title': '审核拟议的陈述',
        'rv.lead': '从新闻文章中提出的陈述（amur extract）在此等待。编辑接受之前，任何一条都不会成为陈述；接受时按导入数据的方式检查。',
        'rv.token': '编辑令牌', 'rv.name': '您的姓名', 'rv.show': '显示队列',
        'rv.tokenHelp': '由 amur token new --role editor 生成的令牌。它只保存在此标签页中，只发送给本服务器。',
        'rv.status': '状态', 'rv.st.pending': '待审核', 'rv.st.accepted': '已接受', 'rv.st.rejected': '已拒绝',
        'rv.count': '{0} 条拟议', 'rv.none': '没有此状态的拟议。',
        'rv.sentence': '文章原文', 'rv.proposed': '拟议的陈述', 'rv.current': '{0}现有的“{1}”陈述',
        'rv.noCurrent': '该项目尚无此类陈述。', 'rv.others': '该项目的其他陈述：{0} 条',
        'rv.confidence': '置信度 {0}', 'rv.newSource': '新来源：{0}', 'rv.source': '来源',
        'rv.accept': '接受', 'rv.edit': '修改后接受', 'rv.acceptEdited': '按修改接受',
        'rv.reject': '拒绝', 'rv.reason': '理由', 'rv.rejectConfirm': '按此理由拒绝',
        'rv.cancel': '取消', 'rv.needName': '请先输入您的姓名：它将与决定一起保存。',
        'rv.accepted': '{0} 已接受：陈述 {1}', 'rv.rejected': '{0} 已拒绝：{1}',
        'rv.openClaim': '在项目页面查看', 'rv.fail': '被拒绝：{0}',
        'rv.unauthorized': '服务器拒绝了令牌：{0}',
    },
});

function stored(key) {
    try { return sessionStorage.getItem(key) || ''; } catch { return ''; }
}

function keep(key, value) {
    try { sessionStorage.setItem(key, value); } catch { /* private mode */ }
}

// A call to the queue's routes with the token; the API's error (and its
// problems, each naming a field) as the exception's message.
async function call(method, path, body) {
    const res = await fetch(path, {
        method,
        headers: Object.assign({ Accept: 'application/json', Authorization: 'Bearer ' + stored(TOKEN_KEY) },
            body ? { 'Content-Type': 'application/json' } : {}),
        body: body ? JSON.stringify(body) : undefined,
    });
    let out = null;
    try { out = await res.json(); } catch { out = null; }
    if (!res.ok) {
        const problems = out && out.problems ? out.problems.map(p => (p.field ? p.field + ': ' : '') + p.message) : [];
        const e = new Error([(out && out.error) || res.statusText, ...problems].join('; '));
        e.status = res.status;
        throw e;
    }
    return out;
}

// The sentence with the quote's words marked, when the quote is part of it.
function sentence(p) {
    const text = p.context || p.quote || '';
    const at = p.quote ? text.indexOf(p.quote) : -1;
    if (at < 0) return h('blockquote', { class: 'rv-sentence', lang: p.quote_lang || null }, text);
    return h('blockquote', { class: 'rv-sentence', lang: p.quote_lang || null },
        [text.slice(0, at), h('mark', null, p.quote), text.slice(at + p.quote.length)]);
}

function proposedFacts(p) {
    const src = p.new_source ? t('rv.newSource', p.new_source.title || p.source) : p.source;
    return h('dl', { class: 'facts rv-facts' }, [
        h('dt', null, t('col.property')), h('dd', null, propName(p.property)),
        h('dt', null, t('col.value')), h('dd', { class: 'rv-value' }, [claimValue(p), p.stated ? ' (' + p.stated + ')' : '']),
        h('dt', null, t('col.date')), h('dd', null, p.date),
        h('dt', null, t('rv.source')), h('dd', null, [src, p.new_source && p.new_source.tier ? [' ', tierBadge(p.new_source.tier)] : null]),
        h('dt', null, t('col.quote')), h('dd', null, quote(p.quote)),
        p.confidence !== null ? [h('dt', null, t('rv.confidence', p.confidence.toFixed(2))),
            h('dd', null, h('ul', { class: 'rv-reasons' }, (p.reasons || []).map(r => h('li', null, r))))] : null,
    ]);
}

// The project's claims on the same property (what the proposal would join),
// and how many others it has.
function currentClaims(p, claims, projectName) {
    const same = claims.filter(c => c.property === p.property);
    const box = h('div', { class: 'rv-current' }, [h('h3', null, t('rv.current', projectName, propName(p.property)))]);
    if (!same.length) box.appendChild(h('p', { class: 'muted' }, t('rv.noCurrent')));
    else box.appendChild(h('ul', { class: 'rv-claims' }, same.map(c => h('li', { dataset: { claim: c.id } }, [
        h('span', { class: 'date' }, c.date), ' ', h('strong', null, claimValue(c)), ' ', tierBadge(c.tier), ' ',
        c.quote ? quote(c.quote) : null, ' ', link('/project/' + c.subject, { claim: c.id }, c.id, { class: 'claim-id' })]))));
    if (claims.length > same.length) box.appendChild(h('p', null,
        link('/claims', { subject: p.subject }, t('rv.others', claims.length - same.length))));
    return box;
}

// The buttons, and the forms they open, of a pending proposal.
function actions(p, card, nameInput) {
    const msg = h('p', { class: 'rv-message', role: 'status' });
    const who = () => {
        const n = nameInput.value.trim();
        if (!n) { msg.textContent = t('rv.needName'); nameInput.focus(); return null; }
        keep(NAME_KEY, n);
        return n;
    };
    const done = (text, claim) => {
        card.classList.add('rv-decided');
        clear(bar).appendChild(h('p', { class: 'rv-done', role: 'status' }, [text,
            claim ? [' · ', link('/project/' + p.subject, { claim }, t('rv.openClaim'), { class: 'rv-open' })] : null]));
    };
    const accept = async (set) => {
        const reviewer = who();
        if (!reviewer) return;
        try {
            const r = await call('POST', `/api/proposals/${p.id}/accept`, set ? { reviewer, set } : { reviewer });
            done(t('rv.accepted', r.reviewer, r.claim), r.claim);
        } catch (e) { msg.textContent = t('rv.fail', e.message); }
    };
    const edit = h('form', { class: 'filters rv-edit', hidden: true, onsubmit: (e) => {
        e.preventDefault();
        const set = {};
        for (const f of EDITABLE) {
            const v = edit.elements[f].value;
            if (v !== (p[f] ?? '')) set[f] = v;
        }
        accept(set);
    } }, [
        ...EDITABLE.map(f => h('label', { class: 'field' }, [h('span', null, t('col.' + (f === 'refers_to' ? 'refers' : f))),
            h('input', { name: f, value: p[f] ?? '', size: f === 'quote' ? 60 : 14 })])),
        h('button', { type: 'submit', class: 'btn rv-accept-edited' }, t('rv.acceptEdited')),
        h('button', { type: 'button', class: 'btn-link', onclick: () => { edit.hidden = true; } }, t('rv.cancel')),
    ]);
    const reason = h('input', { name: 'reason', size: 50, 'aria-label': t('rv.reason') });
    const reject = h('form', { class: 'filters rv-reject', hidden: true, onsubmit: async (e) => {
        e.preventDefault();
        const reviewer = who();
        if (!reviewer) return;
        try {
            const r = await call('POST', `/api/proposals/${p.id}/reject`, { reviewer, reason: reason.value.trim() });
            done(t('rv.rejected', r.reviewer, reason.value.trim()));
        } catch (err) { msg.textContent = t('rv.fail', err.message); }
    } }, [h('label', { class: 'field' }, [h('span', null, t('rv.reason')), reason]),
        h('button', { type: 'submit', class: 'btn rv-reject-confirm' }, t('rv.rejectConfirm')),
        h('button', { type: 'button', class: 'btn-link', onclick: () => { reject.hidden = true; } }, t('rv.cancel'))]);
    const bar = h('div', { class: 'rv-actions' }, [
        h('button', { type: 'button', class: 'btn rv-accept', onclick: () => accept(null) }, t('rv.accept')), ' ',
        h('button', { type: 'button', class: 'btn rv-edit-btn', onclick: () => { edit.hidden = false; reject.hidden = true; } }, t('rv.edit')), ' ',
        h('button', { type: 'button', class: 'btn rv-reject-btn', onclick: () => { reject.hidden = false; edit.hidden = true; reason.focus(); } }, t('rv.reject')),
        edit, reject, msg,
    ]);
    return bar;
}

function card(p, claims, projects, nameInput) {
    const project = projects.get(p.subject);
    const name = nameOf(project) || p.subject_name || p.subject;
    const c = h('article', { class: ['card', 'rv-card', 'rv-' + p.status], id: 'proposal-' + p.id, dataset: { proposal: String(p.id) } }, [
        h('h2', { class: 'card-title' }, ['#' + p.id + ' ', link('/project/' + p.subject, null, name), ' · ', propName(p.property)]),
        h('div', { class: 'beside' }, [
            h('div', { class: 'beside-col' }, [h('h3', null, t('rv.sentence')), sentence(p),
                h('h3', null, t('rv.proposed')), proposedFacts(p)]),
            h('div', { class: 'beside-col' }, currentClaims(p, claims, name)),
        ]),
    ]);
    if (p.status === 'pending') c.appendChild(actions(p, c, nameInput));
    else c.appendChild(h('p', { class: 'rv-done' }, p.status === 'accepted'
        ? [t('rv.accepted', p.reviewer, p.claim), ' · ', link('/project/' + p.subject, { claim: p.claim }, t('rv.openClaim'))]
        : t('rv.rejected', p.reviewer, p.reason)));
    return c;
}

export async function render(view) {
    const status = state.params.get('status') || 'pending';
    view.appendChild(pageHead(t('rv.title'), t('rv.lead')));
    const token = h('input', { type: 'password', id: 'rv-token', autocomplete: 'off', value: stored(TOKEN_KEY), size: 40 });
    const name = h('input', { type: 'text', id: 'rv-name', autocomplete: 'name', value: stored(NAME_KEY), size: 20 });
    const list = h('div', { class: 'rv-list', id: 'rv-list' });
    const show = async () => {
        keep(TOKEN_KEY, token.value.trim());
        if (name.value.trim()) keep(NAME_KEY, name.value.trim());
        clear(list);
        if (!stored(TOKEN_KEY)) return;
        let page;
        try {
            page = await call('GET', '/api/proposals?status=' + encodeURIComponent(status) + '&limit=200');
        } catch (e) {
            list.appendChild(h('p', { class: 'error', role: 'alert' }, t('rv.unauthorized', e.message)));
            return;
        }
        list.appendChild(h('p', { class: 'summary-line', id: 'rv-count' }, t('rv.count', page.total)));
        if (!page.items.length) list.appendChild(h('p', { class: 'muted' }, t('rv.none')));
        const subjects = [...new Set(page.items.map(p => p.subject))];
        const [claims, projects] = await Promise.all([
            Promise.all(subjects.map(s => api('claims', { subject: s, limit: 1000 }).then(d => [s, d.items]).catch(() => [s, []]))).then(a => new Map(a)),
            api('projects', { limit: 10000 }, { clock: false }).then(d => new Map(d.items.map(x => [x.id, x]))).catch(() => new Map()),
        ]);
        for (const p of page.items) list.appendChild(card(p, claims.get(p.subject) || [], projects, name));
    };
    view.appendChild(h('form', { class: 'filters rv-login', onsubmit: (e) => { e.preventDefault(); show(); } }, [
        h('label', { class: 'field' }, [h('span', null, t('rv.token')), token]),
        h('label', { class: 'field' }, [h('span', null, t('rv.name')), name]),
        h('label', { class: 'field' }, [h('span', null, t('rv.status')),
            h('select', { id: 'rv-status', onchange: (e) => { location.hash = href('/review', { status: e.target.value }); } },
                ['pending', 'accepted', 'rejected'].map(s => h('option', { value: s, selected: s === status }, t('rv.st.' + s))))]),
        h('button', { type: 'submit', class: 'btn', id: 'rv-show' }, t('rv.show')),
        h('p', { class: 'muted' }, t('rv.tokenHelp')),
    ]));
    view.appendChild(list);
    await show();
}
