import Dataset

/// The files beside the data that start each trainer: configs with LoRA defaults, a script, and
/// the one command. Strings in YAML are written JSON-quoted (valid YAML for any text).
enum TrainerConfigs {
    static func quoted(_ text: String) -> String { JSONWriter.string(.string(text)) }

    /// Axolotl: `axolotl train axolotl.yaml` (several GPUs or nodes: `accelerate launch -m
    /// axolotl.cli.train axolotl.yaml`, sharded by the DeepSpeed ZeRO-3 file it names).
    static func axolotl(model: String, method: ExportMethod) -> [(String, String)] {
        let dataset: String
        if method == .dpo {
            dataset = """
                rl: dpo
                datasets:
                  - path: train.jsonl
                    ds_type: json
                    split: train
                    type: chat_template.default
                    field_messages: messages
                    field_chosen: chosen
                    field_rejected: rejected
                    message_property_mappings:
                      role: role
                      content: content
                """
        } else {
            dataset = """
                datasets:
                  - path: train.jsonl
                    ds_type: json
                    type: chat_template
                    field_messages: messages
                    field_tools: tools
                    message_property_mappings:
                      role: role
                      content: content
                    roles_to_train: ["assistant"]
                    message_field_training: training
                    train_on_eos: turn
                """
        }
        let config = """
            # Written by tunesmith export. Single GPU: axolotl train axolotl.yaml
            # Several GPUs or nodes: accelerate launch -m axolotl.cli.train axolotl.yaml
            base_model: \(quoted(model))
            # The model's own chat template, from its tokenizer files.
            chat_template: tokenizer_default
            \(dataset)
            val_set_size: 0
            output_dir: ./outputs
            sequence_len: 4096
            sample_packing: false

            adapter: lora
            lora_r: 16
            lora_alpha: 32
            lora_dropout: 0.05
            lora_target_linear: true

            num_epochs: 3
            micro_batch_size: 1
            gradient_accumulation_steps: 8
            learning_rate: 0.0002
            optimizer: adamw_torch_fused
            lr_scheduler: cosine
            warmup_ratio: 0.05
            bf16: auto
            gradient_checkpointing: true
            logging_steps: 1
            saves_per_epoch: 1
            deepspeed: deepspeed_zero3.json
            """
        let deepspeed = """
            {
              "zero_optimization": {
                "stage": 3,
                "overlap_comm": true,
                "contiguous_gradients": true,
                "reduce_bucket_size": "auto",
                "stage3_prefetch_bucket_size": "auto",
                "stage3_param_persistence_threshold": "auto",
                "stage3_gather_16bit_weights_on_model_save": true
              },
              "bf16": {"enabled": "auto"},
              "fp16": {"enabled": "auto"},
              "gradient_accumulation_steps": "auto",
              "gradient_clipping": "auto",
              "train_batch_size": "auto",
              "train_micro_batch_size_per_gpu": "auto",
              "wall_clock_breakdown": false
            }
            """
        return [("axolotl.yaml", config), ("deepspeed_zero3.json", deepspeed)]
    }

    /// TRL's command line (`trl sft|dpo|kto`), reading `train.jsonl` from the folder as the
    /// `train` split.
    static func trlCommand(model: String, method: ExportMethod) -> String {
        var command = "trl \(method.rawValue) --model_name_or_path \(ShellQuoting.quoted(model)) --dataset_name . --output_dir outputs"
            + " --use_peft --lora_r 16 --lora_alpha 32 --lora_target_modules all-linear"
            + " --num_train_epochs 3 --per_device_train_batch_size 1 --gradient_accumulation_steps 8 --bf16"
        command += method == .sft ? " --learning_rate 2e-4" : " --learning_rate 5e-6 --beta 0.1"
        return command
    }

    /// Unsloth: a plain Python script over its `FastLanguageModel` and TRL's trainers.
    static func unsloth(model: String, method: ExportMethod, family: ModelFamily) -> String {
        let trainer: String
        switch method {
        case .sft:
            let masking = family.instructionPart.map { instruction in
                """
                # Train on the assistant replies only (the model's turn headers).
                trainer = train_on_responses_only(trainer, instruction_part=\(quoted(instruction)), response_part=\(quoted(family.responsePart!)))
                """
            } ?? "# tunesmith does not know this model's turn headers: every token trains. See train_on_responses_only in Unsloth's docs."
            trainer = """
                dataset = dataset.map(lambda row: {"text": tokenizer.apply_chat_template(row["messages"], tools=row.get("tools"), tokenize=False)})
                trainer = SFTTrainer(
                    model=model,
                    tokenizer=tokenizer,
                    train_dataset=dataset,
                    args=SFTConfig(dataset_text_field="text", per_device_train_batch_size=1, gradient_accumulation_steps=8,
                                   num_train_epochs=3, learning_rate=2e-4, logging_steps=1, output_dir="outputs"),
                )
                \(masking)
                """
        case .dpo, .kto:
            let name = method == .dpo ? "DPO" : "KTO"
            trainer = """
                trainer = \(name)Trainer(
                    model=model,
                    ref_model=None,
                    processing_class=tokenizer,
                    train_dataset=dataset,
                    args=\(name)Config(per_device_train_batch_size=1, gradient_accumulation_steps=8, num_train_epochs=3,
                                   learning_rate=5e-6, beta=0.1, logging_steps=1, output_dir="outputs"),
                )
                """
        }
        let imports = method == .sft
            ? "from trl import SFTConfig, SFTTrainer\nfrom unsloth.chat_templates import train_on_responses_only"
            : "from trl import \(method == .dpo ? "DPOConfig, DPOTrainer" : "KTOConfig, KTOTrainer")"
        let patch = method == .sft ? "" : "\nfrom unsloth import PatchDPOTrainer\nPatchDPOTrainer()"
        return """
            # Written by tunesmith export: python train.py
            from unsloth import FastLanguageModel\(patch)
            from datasets import load_dataset
            \(imports)

            model, tokenizer = FastLanguageModel.from_pretrained(\(quoted(model)), max_seq_length=4096, load_in_4bit=True)
            model = FastLanguageModel.get_peft_model(
                model, r=16, lora_alpha=32, lora_dropout=0,
                target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
                use_gradient_checkpointing="unsloth",
            )
            dataset = load_dataset("json", data_files="train.jsonl", split="train")
            \(trainer)
            trainer.train()
            model.save_pretrained("lora_model")
            tokenizer.save_pretrained("lora_model")
            """
    }

    /// MLX-LM: `mlx_lm.lora --config lora_config.yaml`, reading `train.jsonl` and `valid.jsonl`.
    static func mlx(model: String, examples: Int) -> String {
        """
        # Written by tunesmith export: mlx_lm.lora --config lora_config.yaml
        model: \(quoted(model))
        train: true
        data: "."
        fine_tune_type: lora
        # Train on the replies, not the prompts (MLX-LM masks all but the last message).
        mask_prompt: true
        num_layers: 16
        batch_size: 1
        iters: \(max(100, examples * 3))
        learning_rate: 1.0e-5
        steps_per_report: 10
        steps_per_eval: 100
        save_every: 100
        adapter_path: adapters
        max_seq_length: 4096
        grad_checkpoint: true
        lora_parameters:
          rank: 16
          scale: 20.0
          dropout: 0.0
        """
    }

    /// LLaMA-Factory: the `dataset_info.json` entry and `llamafactory-cli train train.yaml`.
    /// `callsTools`: rows hold tool calls, which only LLaMA-Factory's `openai` formatting reads (its
    /// OpenAIDatasetConverter: an assistant's `tool_calls` become a function_call turn, `tool`
    /// messages an observation); other rows keep the sharegpt formatting with OpenAI-style tags.
    static func llamaFactory(model: String, method: ExportMethod, template: String, hasTools: Bool, callsTools: Bool = false) -> [(String, String)] {
        var columns: [JSONObject.Member] = [.init("messages", .string("messages"))]
        if hasTools && method == .sft { columns.append(.init("tools", .string("tools"))) }
        if method == .dpo { columns += [.init("chosen", .string("chosen")), .init("rejected", .string("rejected"))] }
        if method == .kto { columns.append(.init("kto_tag", .string("label"))) }
        var entry: [JSONObject.Member] = [.init("file_name", .string("train.jsonl")), .init("formatting", .string(callsTools ? "openai" : "sharegpt"))]
        if method == .dpo { entry.append(.init("ranking", .bool(true))) }
        entry += [
            .init("columns", .object(JSONObject(columns))),
            .init("tags", .object(JSONObject([
                .init("role_tag", .string("role")), .init("content_tag", .string("content")), .init("user_tag", .string("user")),
                .init("assistant_tag", .string("assistant")), .init("system_tag", .string("system")),
            ] + (callsTools ? [.init("observation_tag", .string("tool")), .init("function_tag", .string("function_call"))] : [])))),
        ]
        let info = JSONWriter.string(.object(JSONObject([.init("tunesmith", .object(JSONObject(entry)))])))
        let stage = method == .sft ? "sft" : method.rawValue
        let preference = method == .sft ? "" : "\npref_beta: 0.1"
        let config = """
            # Written by tunesmith export: llamafactory-cli train train.yaml
            model_name_or_path: \(quoted(model))
            stage: \(stage)
            do_train: true
            finetuning_type: lora
            lora_rank: 16
            lora_target: all\(preference)
            dataset: tunesmith
            dataset_dir: .
            template: \(template)
            cutoff_len: 4096
            output_dir: outputs
            per_device_train_batch_size: 1
            gradient_accumulation_steps: 8
            learning_rate: \(method == .sft ? "1.0e-4" : "5.0e-6")
            num_train_epochs: 3.0
            lr_scheduler_type: cosine
            warmup_ratio: 0.1
            bf16: true
            logging_steps: 10
            save_steps: 500
            """
        return [("dataset_info.json", info), ("train.yaml", config)]
    }
}
