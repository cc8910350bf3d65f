// The analysis settings: minimum passage length (K), near copies, allowed imperfections and
// whether page furniture is analysed. Numbers apply after a pause in typing, checkboxes and
// "Reset" at once; each change hands the new settings to `on_change` (which re-runs the
// analysis on the bytes already held). The defaults are the inputs' value/checked attributes
// in index.html (one place), which "Reset" restores.

const kKeyDelayMs = 250;

export class Settings {
  /**
   * @param {{min_words:HTMLInputElement, near:HTMLInputElement, imperfections:HTMLInputElement,
   *          include_furniture:HTMLInputElement, reset:HTMLButtonElement}} inputs
   * @param {(values:object) => void} on_change
   */
  constructor(inputs, on_change) {
    this.inputs = inputs;
    this.values = this.read({});
    const { min_words, near, imperfections, include_furniture, reset } = inputs;
    let timer = 0;
    const apply = () => {
      clearTimeout(timer);
      const values = this.read(this.values);
      this.show_state();
      if (Object.keys(values).every((key) => values[key] === this.values[key])) return;
      this.values = values;
      on_change(values);
    };
    for (const input of [min_words, imperfections]) {
      input.addEventListener('input', () => {
        clearTimeout(timer);
        this.show_state();
        if (input.checkValidity() && input.value !== '') timer = setTimeout(apply, kKeyDelayMs);
      });
    }
    near.addEventListener('change', apply);
    include_furniture.addEventListener('change', apply);
    reset.addEventListener('click', () => {
      for (const input of [min_words, imperfections]) input.value = input.defaultValue;
      for (const box of [near, include_furniture]) box.checked = box.defaultChecked;
      apply();
    });
    this.show_state();
  }

  /** The settings the inputs hold; a number that is not valid keeps its `previous` value. */
  read(previous) {
    const { min_words, near, imperfections, include_furniture } = this.inputs;
    const number = (input, key) => (input.checkValidity() && input.value !== '' ? Number(input.value) : previous[key]);
    return {
      min_words: number(min_words, 'min_words'),
      near: near.checked,
      imperfections: number(imperfections, 'imperfections'),
      include_furniture: include_furniture.checked,
    };
  }

  /** Imperfections only matter for near copies; "Reset" is offered once a setting differs from
   * its default. */
  show_state() {
    const { min_words, near, imperfections, include_furniture, reset } = this.inputs;
    imperfections.disabled = !near.checked;
    reset.disabled =
      min_words.value === min_words.defaultValue &&
      imperfections.value === imperfections.defaultValue &&
      near.checked === near.defaultChecked &&
      include_furniture.checked === include_furniture.defaultChecked;
  }
}
