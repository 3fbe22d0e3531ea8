// LoopCoach's only script of its own, loaded as a file (the Content-Security-Policy allows no inline script).
// Everything works without it; it adds the print button and, where the browser can, a microphone button.
'use strict';

function setUp() {
    watchStory();
    setUpCopy();
    for (const button of document.querySelectorAll('[data-print]')) {
        button.hidden = false;
        button.onclick = () => window.print();
    }

    const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
    for (const button of document.querySelectorAll('[data-mic-for]')) {
        const box = document.getElementById(button.dataset.micFor);
        if (!Recognition || !box || button.dataset.ready) continue;
        button.dataset.ready = '1';
        button.hidden = false;
        const note = document.getElementById('mic-note');
        if (note) note.hidden = false;
        button.onclick = () => {
            const recognition = new Recognition();
            recognition.lang = box.dataset.speech === 'ko' ? 'ko-KR' : 'en-US';
            recognition.interimResults = false;
            recognition.onresult = event => {
                const heard = Array.from(event.results).map(r => r[0].transcript).join(' ');
                box.value = (box.value ? box.value + ' ' : '') + heard;
                box.focus();
            };
            recognition.start();
        };
    }
}

// Copy buttons: each copies the text of the element its data-copy names and says so in its status line.
function setUpCopy() {
    for (const button of document.querySelectorAll('[data-copy]')) {
        const source = document.getElementById(button.dataset.copy);
        if (!source || !navigator.clipboard || button.dataset.ready) continue;
        button.dataset.ready = '1';
        button.hidden = false;
        button.onclick = async () => {
            const status = document.getElementById(button.dataset.copy + '-status');
            try {
                await navigator.clipboard.writeText(source.innerText);
                if (status) status.textContent = button.dataset.copied || '';
            } catch {
                if (status) status.textContent = button.dataset.failed || '';
            }
        };
    }
}

// The weak spots of a story, again after each pause in typing: the same check the saved story gets.
function watchStory() {
    const form = document.querySelector('[data-story-form]');
    const region = document.querySelector('[data-weak-spots]');
    if (!form || !region || form.dataset.watched) return;
    form.dataset.watched = '1';
    const list = region.querySelector('[aria-live]');
    const labels = Object.fromEntries(region.dataset.labels.split('|').map(pair => pair.split('=')));
    const field = name => (form.elements.namedItem(name) || { value: '' }).value;
    const split = text => text.split(/[,\n]/).map(s => s.trim()).filter(s => s.length > 0);
    let timer = 0;
    let latest = 0; // only the answer to the last check is shown: an earlier one may come back later
    form.addEventListener('submit', () => { clearTimeout(timer); latest++; });
    form.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
            const mine = ++latest;
            const story = {
                title: field('Title'), situation: field('Situation'), task: field('Task'), action: field('Action'),
                result: field('Result'), lesson: field('Lesson'), role: field('Role'), when: field('When'),
                tags: split(field('Tags')), competencies: split(field('Competencies')),
            };
            const response = await fetch('/api/stories/check', {
                method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(story),
            });
            if (!response.ok || mine !== latest) return; // a date still being typed: keep what is shown
            const spots = await response.json();
            if (mine !== latest) return;
            list.replaceChildren();
            if (spots.length === 0) {
                const p = document.createElement('p');
                p.textContent = region.dataset.none;
                list.append(p);
                return;
            }
            const ul = document.createElement('ul');
            for (const spot of spots) {
                const li = document.createElement('li');
                li.className = 'sev-' + spot.severity;
                const badge = document.createElement('span');
                badge.className = 'badge';
                badge.textContent = labels[spot.severity] || spot.severity;
                li.append(badge, ': ' + spot.message);
                ul.append(li);
            }
            list.append(ul);
        }, 600);
    });
}

document.addEventListener('DOMContentLoaded', setUp);
document.addEventListener('DOMContentLoaded', watchStory);
// Enhanced navigation replaces the page without a load event.
if (window.Blazor) {
    window.Blazor.addEventListener('enhancedload', setUp);
} else {
    document.addEventListener('DOMContentLoaded', () => window.Blazor && window.Blazor.addEventListener('enhancedload', setUp));
}
