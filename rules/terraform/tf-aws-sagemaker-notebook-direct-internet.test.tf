resource "aws_sagemaker_notebook_instance" "research" {
  name                   = "research"
  role_arn               = aws_iam_role.sagemaker.arn
  instance_type          = "ml.t3.medium"
  subnet_id              = aws_subnet.private_a.id
  security_groups        = [aws_security_group.notebook.id]
  # ruleid: tf-aws-sagemaker-notebook-direct-internet
  direct_internet_access = "Enabled"
}

# ruleid: tf-aws-sagemaker-notebook-direct-internet
resource "aws_sagemaker_notebook_instance" "scratch" {
  name          = "scratch"
  role_arn      = aws_iam_role.sagemaker.arn
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "secure" {
  name                   = "secure"
  role_arn               = aws_iam_role.sagemaker.arn
  instance_type          = "ml.t3.medium"
  subnet_id              = aws_subnet.private_a.id
  security_groups        = [aws_security_group.notebook.id]
  kms_key_id             = aws_kms_key.sagemaker.arn
  root_access            = "Disabled"
  # ok: tf-aws-sagemaker-notebook-direct-internet
  direct_internet_access = "Disabled"
}

resource "aws_sagemaker_notebook_instance" "configurable" {
  name                   = var.name
  role_arn               = aws_iam_role.sagemaker.arn
  instance_type          = var.instance_type
  subnet_id              = var.subnet_id
  # ok: tf-aws-sagemaker-notebook-direct-internet
  direct_internet_access = var.direct_internet_access
}
