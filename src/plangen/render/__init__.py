"""The render stage: plan model -> Word document bytes (the only stage, with annotate,
that touches WordprocessingML)."""
