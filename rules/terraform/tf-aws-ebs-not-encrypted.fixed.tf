resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  # ruleid: tf-aws-ebs-not-encrypted
  encrypted         = true
}

# ruleid: tf-aws-ebs-not-encrypted
resource "aws_ebs_volume" "scratch" {
  availability_zone = "eu-west-1a"
  size              = 50
  type              = "gp3"
}

# ok: tf-aws-ebs-not-encrypted
resource "aws_ebs_volume" "logs" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}

# ok: tf-aws-ebs-not-encrypted
resource "aws_ebs_volume" "from_snapshot" {
  availability_zone = "eu-west-1a"
  snapshot_id       = data.aws_ebs_snapshot.golden.id
}

# ok: tf-aws-ebs-not-encrypted
resource "aws_ebs_volume" "configurable" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = var.encrypt_volumes
}
