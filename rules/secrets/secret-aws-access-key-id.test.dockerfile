FROM amazon/aws-cli:2.15.30
# ruleid: secret-aws-access-key-id
ENV AWS_ACCESS_KEY_ID=ASIAPF91DHODZDOC9IS0
# ok: secret-aws-access-key-id
ENV AWS_REGION=eu-west-1
