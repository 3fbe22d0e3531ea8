// LoopCoach's only script of its own, loaded as a file (the Content-Security-Policy allows no inline script).
// Everything works without it; it adds the print button and, where the browser can, a microphone button.
'use strict';

function setUp() {
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

document.addEventListener('DOMContentLoaded', setUp);
// Enhanced navigation replaces the page without a load event.
if (window.Blazor) {
    window.Blazor.addEventListener('enhancedload', setUp);
} else {
    document.addEventListener('DOMContentLoaded', () => window.Blazor && window.Blazor.addEventListener('enhancedload', setUp));
}
