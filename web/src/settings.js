// The analysis settings: minimum passage length (K), near copies, allowed imperfections, the
// similarity threshold of a fact and whether page furniture is analysed. Numbers apply after a pause in typing, checkboxes and
// "Reset" at once; each change hands the new settings to `on_change` (which re-runs the
// analysis on the bytes already held). The defaults are the inputs' value/checked attributes
// in index.html (one place), which "Reset" restores.

const kKeyDelayMs = 250;

export class Settings {
  /**
   * @param {{min_words:HTMLInputElement, near:HTMLInputElement, imperfections:HTMLInputElement,
   *          fact_threshold:HTMLInputElement, include_furniture:HTMLInputElement,
   *          reset:HTMLButtonElement}} inputs
   * @param {(values:object) => void} on_change
   */
  constructor(inputs, on_change) {
    this.inputs = inputs;
    this.values = this.read({});
    const { near, include_furniture, reset } = inputs;
    const numbers = this.numbers();
    let timer = 0;
    const apply = () => {
      clearTimeout(timer);
      const values = this.read(this.values);
      this.show_state();
      if (Object.keys(values).every((key) => values[key] === this.values[key])) return;
      this.values = values;
      on_change(values);
    };
    for (const input of numbers) {
      input.addEventListener('input', () => {
        clearTimeout(timer);
        this.show_state();
        if (input.checkValidity() && input.value !== '') timer = setTimeout(apply, kKeyDelayMs);
      });
    }
    near.addEventListener('change', apply);
    include_furniture.addEventListener('change', apply);
    reset.addEventListener('click', () => {
      for (const input of numbers) input.value = input.defaultValue;
      for (const box of [near, include_furniture]) box.checked = box.defaultChecked;
      apply();
    });
    this.show_state();
  }

  /** The settings the inputs hold; a number that is not valid keeps its `previous` value. */
  read(previous) {
    const { min_words, near, imperfections, fact_threshold, include_furniture } = this.inputs;
    const number = (input, key) => (input.checkValidity() && input.value !== '' ? Number(input.value) : previous[key]);
    return {
      min_words: number(min_words, 'min_words'),
      near: near.checked,
      imperfections: number(imperfections, 'imperfections'),
      fact_threshold: number(fact_threshold, 'fact_threshold'),
      include_furniture: include_furniture.checked,
    };
  }

  /** The number inputs: applied after a pause in typing. */
  numbers() {
    const { min_words, imperfections, fact_threshold } = this.inputs;
    return [min_words, imperfections, fact_threshold];
  }

  /** Imperfections only matter for near copies; "Reset" is offered once a setting differs from
   * its default. */
  show_state() {
    const { near, imperfections, include_furniture, reset } = this.inputs;
    imperfections.disabled = !near.checked;
    reset.disabled =
      this.numbers().every((input) => input.value === input.defaultValue) &&
      near.checked === near.defaultChecked &&
      include_furniture.checked === include_furniture.defaultChecked;
  }
}
