"""依申请公开 letters: 答复书 and the 补正/延期/收费 notices, generated from office-editable templates as DOCX and PDF."""
