"""Public consultations: phases, the draft with per-section comments, responses, the report."""
