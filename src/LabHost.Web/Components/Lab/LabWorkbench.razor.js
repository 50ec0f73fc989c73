// The lab text's buttons and quizzes. The text is sanitised HTML from LabHost.Labs; this module
// only listens (event delegation) and calls back into the component.
export function attach(root, dotnet) {
    const onClick = async e => {
        const run = e.target.closest('button.lh-run[data-command]');
        if (run && root.contains(run)) {
            await dotnet.invokeMethodAsync('RunCommand', run.dataset.command);
            return;
        }
        const copy = e.target.closest('button.lh-copy[data-command]');
        if (copy && root.contains(copy)) {
            try { await navigator.clipboard.writeText(copy.dataset.command); copy.dataset.copied = 'true'; } catch { /* no clipboard: nothing to do */ }
        }
    };
    const onChange = e => {
        const input = e.target;
        const quiz = input.closest?.('fieldset.lh-quiz[data-quiz]');
        if (quiz && input.type === 'radio' && input.checked) {
            dotnet.invokeMethodAsync('AnswerQuiz', quiz.dataset.quiz, input.value);
        }
    };
    // 'toggle' does not bubble: listen in the capture phase.
    const onToggle = e => {
        const details = e.target;
        if (details.open && details.matches?.('details.lh-hint, details.lh-solution')) {
            dotnet.invokeMethodAsync('FoldOpened', details.classList.contains('lh-solution') ? 'solution' : 'hint');
        }
    };
    root.addEventListener('click', onClick);
    root.addEventListener('change', onChange);
    root.addEventListener('toggle', onToggle, true);

    return {
        showAnswers: answers => {
            for (const [quiz, answer] of Object.entries(answers ?? {})) {
                const fieldset = [...root.querySelectorAll('fieldset.lh-quiz[data-quiz]')].find(f => f.dataset.quiz === quiz);
                const input = fieldset && [...fieldset.querySelectorAll('input[type=radio]')].find(i => i.value === answer);
                if (input) input.checked = true;
            }
        },
        detach: () => {
            root.removeEventListener('click', onClick);
            root.removeEventListener('change', onChange);
            root.removeEventListener('toggle', onToggle, true);
        },
    };
}
